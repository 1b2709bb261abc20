namespace AlphasRun.Application.Common;

/// <summary>
/// Audit fields ("last edited by") store the editor's user id, never an email; pages show the member's
/// current name, or "a former member" once the account is gone.
/// </summary>
public static class AuditNames
{
    public const string FormerMember = "a former member";

    /// <summary>Looks up the names behind the stored values in one query; the function shows one value.</summary>
    public static async Task<Func<string?, string>> ResolverAsync(IAlphasRunDb db, IEnumerable<string?> stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = stored.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).Distinct(StringComparer.Ordinal).ToList();
        var names = ids.Count == 0
            ? []
            : await db.Runners.AsNoTracking().Where(r => ids.Contains(r.UserId))
                .Select(r => new { r.UserId, r.FirstName, r.LastName })
                .ToDictionaryAsync(r => r.UserId, r => $"{r.FirstName} {r.LastName}", StringComparer.Ordinal, cancellationToken);
        return value => Show(value, names);
    }

    public static string Show(string? stored, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (string.IsNullOrEmpty(stored))
        {
            return string.Empty;
        }

        if (names.TryGetValue(stored, out var name))
        {
            return name;
        }

        // A deleted account's id, or an email written before ids were stored: nobody identifiable.
        // Anything else is a name the crew wrote itself (the seed's "Alphas Run Crew").
        return stored.Contains('@', StringComparison.Ordinal) || Guid.TryParse(stored, out _) ? FormerMember : stored;
    }
}
