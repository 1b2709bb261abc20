using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Seasons.Coaching.ListSharedSeasons;

/// <summary>The members who share their season, those with a flag up first, then by name.</summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record ListSharedSeasons : IUseCase<Result<IReadOnlyList<SharedSeasonDto>>>;

internal sealed class ListSharedSeasonsHandler(IAlphasRunDbFactory dbFactory, SeasonAssembler assembler) : IUseCaseHandler<ListSharedSeasons, Result<IReadOnlyList<SharedSeasonDto>>>
{
    public async Task<Result<IReadOnlyList<SharedSeasonDto>>> HandleAsync(ListSharedSeasons request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runnerIds = await db.SeasonProfiles.AsNoTracking()
            .Where(p => p.SharesSeasonWithCoaches)
            .Select(p => p.RunnerId)
            .ToListAsync(cancellationToken);
        var list = new List<SharedSeasonDto>(runnerIds.Count);
        var plans = new Dictionary<PlanAudience, (TrainingPlan? Plan, List<PlanVersion> Versions)>();
        foreach (var runnerId in runnerIds)
        {
            if (await assembler.BuildAsync(db, runnerId, plans, cancellationToken) is { SharesWithCoaches: true } season)
            {
                list.Add(new SharedSeasonDto(season.RunnerId, season.RunnerName, season.Race, SeasonComplianceDto.Of(season)));
            }
        }

        return Result<IReadOnlyList<SharedSeasonDto>>.Ok([.. list
            .OrderByDescending(s => s.Compliance.NeedsAWord)
            .ThenBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)]);
    }
}
