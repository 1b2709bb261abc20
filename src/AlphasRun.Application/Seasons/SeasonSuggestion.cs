using AlphasRun.Application.Notifications;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Seasons;

namespace AlphasRun.Application.Seasons;

/// <summary>
/// "Suggested for your plan that day" in a run's reminder, from the member's own season when they have one:
/// easy and optional while they recover, the session of their off-season week (tied to this crew run, or
/// that day's run), a coach's race plan in the build-up. Members without a season get the crew's plan
/// for their main distance (<see cref="PublishedPlanSuggestion"/>).
/// </summary>
public sealed class SeasonSuggestion(
    SeasonAssembler seasons,
    PublishedPlanSuggestion crewPlan,
    IAlphasRunDbFactory dbFactory,
    ClubClock clock) : ISuggestedSessionSource
{
    public async Task<string?> SuggestedForAsync(Guid runnerId, Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        var season = await seasons.BuildAsync(runnerId, cancellationToken);
        if (season is null)
        {
            return await crewPlan.SuggestedForAsync(runnerId, occurrenceId, cancellationToken);
        }

        DateTime? startUtc;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            startUtc = await db.GroupRunOccurrences.AsNoTracking()
                .Where(o => o.Id == occurrenceId)
                .Select(o => (DateTime?)o.StartUtc)
                .SingleOrDefaultAsync(cancellationToken);
        }

        if (startUtc is null)
        {
            return null;
        }

        var date = DateOnly.FromDateTime(clock.ToLocal(startUtc.Value));
        var week = season.Weeks.FirstOrDefault(w => date >= w.Monday && date <= w.Sunday);
        if (week is null)
        {
            return await crewPlan.SuggestedForAsync(runnerId, occurrenceId, cancellationToken);
        }

        return week.Phase switch
        {
            SeasonPhase.Recovery =>
                $"Recovery week {week.PhaseWeek} after your race: easy and optional, keep it short and slow (or rest).",
            SeasonPhase.BuildUp =>
                $"Build-up week {week.PhaseWeek} for {GoalName(season)}: run to the race plan you made with a coach.",
            _ => OffSeasonLine(season, week, occurrenceId, date),
        };
    }

    private static string? OffSeasonLine(SeasonReportDto season, SeasonWeekDto week, Guid occurrenceId, DateOnly date)
    {
        var session = week.Sessions.FirstOrDefault(s => s.CrewRun?.OccurrenceId == occurrenceId)
            ?? week.Sessions.FirstOrDefault(s => s.Date == date && s.Distance is not null);
        if (session is null)
        {
            return $"Off-season week {week.PhaseWeek}: nothing planned that day, so keep it easy.";
        }

        var distance = session.Distance is { } d ? $": {d.Format(DistanceUnit.Kilometres)}" : string.Empty;
        var plan = season.PlanName is { } name ? $", {name}" : string.Empty;
        return $"{session.Title}{distance} (off-season week {week.PhaseWeek}{plan})";
    }

    private static string GoalName(SeasonReportDto season) =>
        season.Race.Goal is { Name: { Length: > 0 } name } ? name : "your goal race";
}
