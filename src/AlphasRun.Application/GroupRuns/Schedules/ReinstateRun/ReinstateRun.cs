namespace AlphasRun.Application.GroupRuns.Schedules.ReinstateRun;

/// <summary>A cancelled date is back on (members who held a place keep it).</summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record ReinstateRun(Guid RunId) : IUseCase<Result>;

internal sealed class ReinstateRunHandler(IAlphasRunDbFactory dbFactory, ClubClock clock, IPublicContentCache publicCache) : IUseCaseHandler<ReinstateRun, Result>
{
    public async Task<Result> HandleAsync(ReinstateRun request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var run = await db.GroupRunOccurrences.SingleOrDefaultAsync(o => o.Id == request.RunId, cancellationToken);
        if (run is null)
        {
            return Result.NotFound("There is no such run.");
        }

        if (run.HasStarted(clock.UtcNow))
        {
            return Result.Fail("This run is in the past.");
        }

        run.Reinstate();
        await db.SaveChangesAsync(cancellationToken);
        await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        return Result.Ok();
    }
}
