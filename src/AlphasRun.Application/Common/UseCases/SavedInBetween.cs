namespace AlphasRun.Application.Common.UseCases;

/// <summary>The one wording of "someone saved in between" (optimistic concurrency), for every editor.</summary>
public static class SavedInBetween
{
    /// <summary>Who saved the row last and when (the club's time), or that it was deleted when <paramref name="whenUtc"/> is null.</summary>
    /// <remarks><paramref name="what"/> names the thing as a person says it ("plan", "section"); <paramref name="by"/> is the stored audit id.</remarks>
    public static async Task<Problem> DescribeAsync(IAlphasRunDb db, ClubClock clock, string what, string? by, DateTime? whenUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (whenUtc is not { } utc)
        {
            return new Problem($"Someone deleted this {what} while you were editing it.", ConflictProblem.Field);
        }

        var when = clock.ToLocal(utc).ToString("h:mm tt 'on' MMMM d", ClubClock.Culture);
        var who = by is null ? "Another coach" : (await AuditNames.ResolverAsync(db, [by], cancellationToken))(by);
        return new Problem(
            $"{who} saved this {what} at {when}, while you were editing it. Your changes were not saved; reload to see theirs, then make yours again.",
            ConflictProblem.Field);
    }
}
