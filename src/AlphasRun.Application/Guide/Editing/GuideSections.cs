namespace AlphasRun.Application.Guide.Editing;

/// <summary>What the guide section use cases share.</summary>
internal static class GuideSections
{
    public const string NotFound = "This guide section doesn't exist.";

    public static async Task<Problem> SavedInBetweenAsync(IAlphasRunDbFactory dbFactory, ClubClock clock, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var now = await db.GuideSections.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { By = s.DraftUpdatedBy ?? s.PublishedBy, When = (DateTime?)(s.DraftUpdatedUtc ?? s.UpdatedUtc) })
            .SingleOrDefaultAsync(cancellationToken);
        return await SavedInBetween.DescribeAsync(db, clock, "section", now?.By, now?.When, cancellationToken);
    }
}
