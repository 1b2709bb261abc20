using AlphasRun.Application.GroupRuns;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Notifications;

/// <summary>
/// "The distance suggested for your plan that day", for a run's reminder email. The member's season (their
/// own plan, week by week) can provide it by registering its own implementation; until then
/// <see cref="PublishedPlanSuggestion"/> answers from the crew's published plan for the member's main distance.
/// </summary>
public interface ISuggestedSessionSource
{
    /// <summary>One line such as "Medium run: 10–12 km (Marathon off-season plan)", or null when there is nothing to suggest.</summary>
    Task<string?> SuggestedForAsync(Guid runnerId, Guid occurrenceId, CancellationToken cancellationToken = default);
}

/// <summary>The session of the published plan for the member's main distance that is run with this weekly run.</summary>
public sealed class PublishedPlanSuggestion(IAlphasRunDbFactory dbFactory) : ISuggestedSessionSource
{
    public async Task<string?> SuggestedForAsync(Guid runnerId, Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var audience = await db.Runners.AsNoTracking().Where(r => r.Id == runnerId).Select(r => (PlanAudience?)r.MainDistance).SingleOrDefaultAsync(cancellationToken);
        var scheduleId = await db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == occurrenceId).Select(o => (Guid?)o.ScheduleId).SingleOrDefaultAsync(cancellationToken);
        if (audience is null || scheduleId is null)
        {
            return null;
        }

        var suggestion = (await RunSuggestions.ForScheduleAsync(db, scheduleId.Value, cancellationToken))
            .FirstOrDefault(s => s.Audience == audience.Value.DisplayName());
        return suggestion is null ? null : $"{suggestion.Session}: {suggestion.Distance.Format(DistanceUnit.Kilometres)} ({suggestion.PlanName})";
    }
}
