using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Plans.Editing;

/// <summary>What the plan use cases share: loading a plan for a change with the caller's token, and the words for conflicts.</summary>
internal static class PlanDrafts
{
    public const string NotFound = "This plan doesn't exist (any more).";

    /// <summary>The plan, tracked, with the caller's token as the original value so EF refuses a save over a newer one.</summary>
    public static async Task<TrainingPlan?> LoadForChangeAsync(IAlphasRunDb db, Guid id, Guid? expectedToken, CancellationToken cancellationToken)
    {
        var plan = await db.TrainingPlans.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is not null && expectedToken is { } token)
        {
            db.ExpectOriginalValue(plan, p => p.ConcurrencyToken, token);
        }

        return plan;
    }

    public static async Task<Problem> SavedInBetweenAsync(IAlphasRunDbFactory dbFactory, ClubClock clock, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var current = await db.TrainingPlans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.UpdatedBy, UpdatedUtc = (DateTime?)p.UpdatedUtc })
            .SingleOrDefaultAsync(cancellationToken);
        return await SavedInBetween.DescribeAsync(db, clock, "plan", current?.UpdatedBy, current?.UpdatedUtc, cancellationToken);
    }

    public static Problem SlugTaken(string slug) =>
        new($"Another plan already uses /plans/{slug}; choose another web address.", nameof(PlanEditModel.Slug));

    public static async Task<string> AuditNameAsync(IAlphasRunDb db, string by, CancellationToken cancellationToken) =>
        (await AuditNames.ResolverAsync(db, [by], cancellationToken))(by);

    /// <summary>The name's slug, with -2, -3… added until no other plan uses it.</summary>
    public static async Task<string> FreeSlugAsync(IAlphasRunDb db, string name, CancellationToken cancellationToken)
    {
        var slug = PlanEditMapping.Slugify(name);
        var taken = await db.TrainingPlans.Where(p => p.Slug.StartsWith(slug)).Select(p => p.Slug).ToListAsync(cancellationToken);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    public static bool HasUnpublishedChanges(TrainingPlan plan) =>
        plan.LatestVersion is not { } latest || PlanChangeSummary.Describe(latest, plan) != PlanChangeSummary.NoChanges;

    public static IReadOnlyList<PlanVersionDto> Versions(TrainingPlan plan, Func<string?, string> name) =>
        [.. plan.Versions.OrderByDescending(v => v.Number).Select(v => new PlanVersionDto(v.Number, v.PublishedUtc, name(v.PublishedBy), v.ChangeSummary))];
}
