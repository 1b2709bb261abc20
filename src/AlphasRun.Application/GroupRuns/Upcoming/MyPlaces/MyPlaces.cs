namespace AlphasRun.Application.GroupRuns.Upcoming.MyPlaces;

/// <summary>The caller's place on each of these runs ("You're in", "Waitlist #2"); empty for anonymous callers.</summary>
[Public(IdentifiesCaller = true)]
public sealed record MyPlaces(IReadOnlyCollection<Guid> RunIds) : IUseCase<IReadOnlyDictionary<Guid, MyRegistrationDto>>;

internal sealed class MyPlacesHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<MyPlaces, IReadOnlyDictionary<Guid, MyRegistrationDto>>
{
    public async Task<IReadOnlyDictionary<Guid, MyRegistrationDto>> HandleAsync(MyPlaces request, Caller caller, CancellationToken cancellationToken)
    {
        if (!caller.IsSignedIn)
        {
            return new Dictionary<Guid, MyRegistrationDto>();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await RunPlaces.RunnerAsync(db, caller, cancellationToken) is { } runner
            ? await RunPlaces.StatusesAsync(db, runner.Id, request.RunIds, cancellationToken)
            : new Dictionary<Guid, MyRegistrationDto>();
    }
}
