using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.Seasons.Coaching;

/// <summary>
/// The coaches' opt-in view of members' seasons. Every call checks, at that moment, that the caller may
/// manage runs (coach or admin) and that the member shares their season: a member who never shared, who
/// revoked a second ago, or who does not exist all get the same "not shared" answer, which says nothing
/// about their season.
/// </summary>
public sealed class CoachSeasonService(IAlphasRunDbFactory dbFactory, AccessGuard guard, SeasonAssembler assembler)
{
    public const string NotShared = "This member's season is not shared with the coaches.";

    /// <summary>One sharing member's season, week by week, with the compliance summary.</summary>
    public async Task<Result<CoachSeasonDto>> GetMemberSeasonAsync(Guid runnerId, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result<CoachSeasonDto>.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (!await db.SeasonProfiles.AsNoTracking().AnyAsync(p => p.RunnerId == runnerId && p.SharesSeasonWithCoaches, cancellationToken))
        {
            return Result<CoachSeasonDto>.NotFound(NotShared);
        }

        // The report carries the consent it was built with: a revocation between the two reads still hides it.
        var season = await assembler.BuildAsync(db, runnerId, cancellationToken);
        return season is { SharesWithCoaches: true }
            ? Result<CoachSeasonDto>.Ok(new CoachSeasonDto(season, SeasonComplianceDto.Of(season)))
            : Result<CoachSeasonDto>.NotFound(NotShared);
    }

    /// <summary>The members who share their season, those with a flag up first, then by name.</summary>
    public async Task<Result<IReadOnlyList<SharedSeasonDto>>> ListSharedAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result<IReadOnlyList<SharedSeasonDto>>.Forbidden();
        }

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
