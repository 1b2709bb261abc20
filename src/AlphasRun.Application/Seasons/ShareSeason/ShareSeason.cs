namespace AlphasRun.Application.Seasons.ShareSeason;

/// <summary>Shares the season with the coaches, or stops sharing it (at once).</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record ShareSeason(bool Share) : IUseCase<Result>;

internal sealed class ShareSeasonHandler(IAlphasRunDbFactory dbFactory, ClubClock clock) : IUseCaseHandler<ShareSeason, Result>
{
    public async Task<Result> HandleAsync(ShareSeason request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await MySeason.RunnerOfAsync(db, caller, cancellationToken) is not { } runner)
        {
            return Result.Forbidden();
        }

        var profile = await db.SeasonProfiles.SingleOrDefaultAsync(p => p.RunnerId == runner.Id, cancellationToken);
        if (profile is null)
        {
            return Result.Fail("Enter your last race first.", nameof(SeasonProfileForm.LastRaceDate));
        }

        profile.ShareWithCoaches(request.Share, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
