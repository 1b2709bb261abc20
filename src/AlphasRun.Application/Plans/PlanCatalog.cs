using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Plans;

/// <summary>What runners read: the latest published version of each plan, never a draft (shared by the reading use cases and the coaches' preview).</summary>
internal static class PlanCatalog
{
    // A plan page reads these on every request: compiled once (CompiledQueryContext).
    internal static readonly Func<DbContext, string, CancellationToken, Task<Guid>> LatestPublishedQuery =
        EF.CompileAsyncQuery((DbContext db, string slug, CancellationToken _) =>
            db.Set<PlanVersion>().AsNoTracking()
                .Where(v => db.Set<TrainingPlan>().Any(p => p.Id == v.PlanId && p.Slug == slug && p.Status == PlanStatus.Published))
                .Where(v => v.Number == db.Set<PlanVersion>().Where(o => o.PlanId == v.PlanId).Max(o => o.Number))
                .Select(v => v.Id)
                .SingleOrDefault());

    private static readonly Func<DbContext, IAsyncEnumerable<CrewRunRow>> CrewRunsQuery =
        EF.CompileAsyncQuery((DbContext db) =>
            db.Set<GroupRunSchedule>().AsNoTracking()
                .Select(s => new CrewRunRow(s.Id, s.Name, s.Day, s.LocalStartTime, s.Location!.Name)));

    private sealed record CrewRunRow(Guid Id, string Name, DayOfWeek Day, TimeOnly LocalStartTime, string LocationName);

    /// <summary>A version as runners read it (also how coaches preview an older version).</summary>
    internal static async Task<PublishedPlanDto> ToDtoAsync(IAlphasRunDb db, string slug, PlanVersion version, MarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        var crewRuns = (await CrewRunsQuery(db.AsDbContext()).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => new CrewRunDto(s.Name, s.Day, s.LocalStartTime, s.LocationName));

        var weeks = version.Content.Weeks.Select(w => new PlanWeekDto(
            w.Number,
            w.TotalDistance,
            [.. w.Days().Select(d => new PlanDayDto(d.Day, [.. d.Sessions.Select(s => new PlanSessionDto(
                s.Type,
                s.Title,
                s.Distance,
                s.Notes,
                s.GroupRunScheduleId is { } id && crewRuns.TryGetValue(id, out var run) ? run : null,
                s.Effort))]))]));

        return new PublishedPlanDto(slug, version.Name, version.Audience, markdown.ToSafeHtml(version.Description), version.Number, version.PublishedUtc, [.. weeks],
            version.Number > 1 ? version.ChangeSummary : null);
    }

    /// <summary>The newest version of each of these plans.</summary>
    internal static IQueryable<PlanVersion> LatestVersions(IAlphasRunDb db, List<Guid> planIds) =>
        db.PlanVersions.AsNoTracking()
            .Where(v => planIds.Contains(v.PlanId))
            .Where(v => v.Number == db.PlanVersions.Where(o => o.PlanId == v.PlanId).Max(o => o.Number));

    internal static string FirstParagraph(string markdown) =>
        markdown.Split("\n\n", 2, StringSplitOptions.TrimEntries)[0];
}
