using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns.Upcoming.ComingRunsForCoach;

/// <summary>The coach's list of coming runs with how many are waiting on each.</summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record ComingRunsForCoach(int Days) : IUseCase<Result<IReadOnlyList<CoachRunDto>>>;

internal sealed class ComingRunsForCoachHandler(IAlphasRunDbFactory dbFactory, RunCalendar calendar) : IUseCaseHandler<ComingRunsForCoach, Result<IReadOnlyList<CoachRunDto>>>
{
    public async Task<Result<IReadOnlyList<CoachRunDto>>> HandleAsync(ComingRunsForCoach request, Caller caller, CancellationToken cancellationToken)
    {
        var runs = await calendar.GetUpcomingAsync(request.Days, cancellationToken: cancellationToken);
        var ids = runs.Select(r => r.Id).ToList();
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var waitlists = await db.Registrations.AsNoTracking()
            .Where(r => ids.Contains(r.OccurrenceId) && r.Status == RegistrationStatus.Waitlisted)
            .GroupBy(r => r.OccurrenceId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Result<IReadOnlyList<CoachRunDto>>.Ok([.. runs.Select(r => new CoachRunDto(r, waitlists.GetValueOrDefault(r.Id)))]);
    }
}
