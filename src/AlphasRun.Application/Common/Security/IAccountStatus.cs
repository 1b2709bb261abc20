namespace AlphasRun.Application.Common.Security;

/// <summary>A member's account as it is now in the database, not as a sign-in cookie or an open circuit remembers it.</summary>
public interface IAccountStatus
{
    /// <summary>The member's current roles; null when the account no longer exists or is locked.</summary>
    Task<IReadOnlyList<string>?> CurrentRolesAsync(string userId, CancellationToken cancellationToken = default);
}
