using AlphasRun.Domain.Seasons;

namespace AlphasRun.Application.Seasons.SaveSeasonProfile;

/// <summary>Saves the last race and goal race; the season is recomputed from them, the log is kept.</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record SaveSeasonProfile(SeasonProfileForm Races) : IUseCase<Result>, IFormRequest<SeasonProfileForm>
{
    public SeasonProfileForm Form => Races;
}

internal sealed class SaveSeasonProfileHandler(IAlphasRunDbFactory dbFactory, ClubClock clock)
    : IUseCaseHandler<SaveSeasonProfile, Result>, IDescribesConflicts<SaveSeasonProfile>
{
    public async Task<Result> HandleAsync(SaveSeasonProfile request, Caller caller, CancellationToken cancellationToken)
    {
        var form = request.Races;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await MySeason.RunnerOfAsync(db, caller, cancellationToken) is not { } runner)
        {
            return Result.Forbidden();
        }

        var race = MySeason.RaceOf(form);
        var now = clock.UtcNow;
        var profile = await db.SeasonProfiles.SingleOrDefaultAsync(p => p.RunnerId == runner.Id, cancellationToken);
        if (profile is null)
        {
            profile = new SeasonProfile(Guid.NewGuid(), runner.Id, race, now);
            db.SeasonProfiles.Add(profile);
        }
        else
        {
            profile.Update(race, now);
        }

        profile.ShareWithCoaches(form.SharesSeasonWithCoaches, now);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    public Task<Problem> DescribeConflictAsync(SaveSeasonProfile request, ConflictKind kind, CancellationToken cancellationToken) =>
        Task.FromResult(new Problem("Your season was changed at the same moment from another window; look again and save once more."));
}
