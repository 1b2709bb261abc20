namespace AlphasRun.Application.GroupRuns.Register.MyDefaultPaceGroup;

/// <summary>The pace group a one-tap registration uses: the one nearest the caller's usual easy pace.</summary>
[Public(IdentifiesCaller = true)]
public sealed record MyDefaultPaceGroup(Guid RunId) : IUseCase<string?>;

internal sealed class MyDefaultPaceGroupHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<MyDefaultPaceGroup, string?>
{
    public async Task<string?> HandleAsync(MyDefaultPaceGroup request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var paceGroups = await db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == request.RunId)
            .Select(o => o.Schedule!.PaceGroups).SingleOrDefaultAsync(cancellationToken);
        return paceGroups is null ? null : PaceGroupChoice.Nearest(paceGroups, (await RunPlaces.RunnerAsync(db, caller, cancellationToken))?.EasyPaceSecondsPerKm);
    }
}
