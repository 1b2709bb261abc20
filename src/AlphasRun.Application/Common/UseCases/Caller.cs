namespace AlphasRun.Application.Common.UseCases;

/// <summary>Who sent the use case, as the pipeline established it for this one call.</summary>
public sealed class Caller
{
    public static readonly Caller Anonymous = new(null);

    public Caller(string? userId) => UserId = userId;

    /// <summary>
    /// The signed-in member's id (re-checked against the database: not locked, not deleted), or null for anonymous callers.
    /// Never null for a use case that requires a policy.
    /// </summary>
    public string? UserId { get; }

    public bool IsSignedIn => UserId is not null;

    /// <summary>The user id, for use cases whose policy guarantees a signed-in caller.</summary>
    public string Member => UserId ?? throw new InvalidOperationException("This use case needs a signed-in caller; declare a policy on its request.");

    /// <summary>What audit fields store for the caller (shown as the member's current name, see <see cref="AuditNames"/>).</summary>
    public string AuditId => UserId ?? "system";
}
