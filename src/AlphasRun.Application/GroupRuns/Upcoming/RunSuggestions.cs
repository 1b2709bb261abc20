using AlphasRun.Application.Plans;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.GroupRuns;

/// <summary>What the published plans suggest running with a weekly run (a run's page, reminder emails).</summary>
internal static class RunSuggestions
{
    /// <summary>Distances from the published plans whose sessions are run with this schedule.</summary>
    public static async Task<IReadOnlyList<SuggestedDistanceDto>> ForScheduleAsync(IAlphasRunDb db, Guid scheduleId, CancellationToken cancellationToken)
    {
        var published = await db.TrainingPlans.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Published)
            .Select(p => new { p.Id, p.Slug })
            .ToListAsync(cancellationToken);
        var versions = await PlanCatalog.LatestVersions(db, [.. published.Select(p => p.Id)]).ToListAsync(cancellationToken);
        return [.. versions
            .OrderBy(v => v.Audience)
            .Select(v => (Version: v, Session: v.Content.Weeks[0].Sessions.FirstOrDefault(s => s.GroupRunScheduleId == scheduleId && s.Distance is not null)))
            .Where(x => x.Session is not null)
            .Select(x => new SuggestedDistanceDto(
                published.Single(p => p.Id == x.Version.PlanId).Slug, x.Version.Name, x.Version.Audience.DisplayName(), x.Session!.Title, x.Session.Distance!))];
    }
}
