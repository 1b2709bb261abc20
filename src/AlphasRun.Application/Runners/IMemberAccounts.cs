namespace AlphasRun.Application.Runners;

/// <summary>Identity's side of membership (accounts, roles, locks), implemented in Infrastructure with ASP.NET Core Identity.</summary>
public interface IMemberAccounts
{
    /// <summary>The problem <see cref="CreateMemberAsync"/> reports when the email already has an account.</summary>
    const string DuplicateEmailMessage = "There is already an account with this email. Sign in, or reset your password if you forgot it.";

    /// <summary>Creates the sign-in account and the runner profile in one transaction: both or neither.</summary>
    Task<Result<string>> CreateMemberAsync(JoinForm form, DateTime nowUtc, CancellationToken cancellationToken);

    Task<string?> EmailOfAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The id of the account with this email, or null.</summary>
    Task<string?> UserIdOfEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Grants Admin when the account's email is confirmed and listed in <c>AlphasRun:Admins</c>; true when it is now an Admin.</summary>
    Task<bool> ApplyConfiguredAdminAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Re-checks the signed-in member's password before a sensitive change (a wrong one counts towards the lockout).</summary>
    Task<Result> CheckPasswordAsync(string userId, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the account and the runner's personal data; registrations left remain as anonymous counts. Only
    /// after <see cref="CheckPasswordAsync"/> and once the member's coming places are given back (DeleteMyAccount).
    /// </summary>
    Task<Result> DeleteMemberAsync(string userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<MemberDto>> ListMembersAsync(string? search, CancellationToken cancellationToken);

    Task<Result> SetRoleAsync(string email, string role, bool granted, CancellationToken cancellationToken);

    Task<Result> SetLockedAsync(string userId, bool locked, CancellationToken cancellationToken);
}

public sealed record MemberDto(
    string UserId,
    string FullName,
    string Email,
    Domain.Plans.PlanAudience MainDistance,
    DateTime JoinedUtc,
    IReadOnlyList<string> Roles,
    bool IsLocked);

/// <summary>What joining did: a new account, or (for an email that has one) nothing but a note to its owner.</summary>
/// <param name="UserId">The new account's id, or the existing account's id when <paramref name="AlreadyMember"/>.</param>
/// <param name="AlreadyMember">The email already had an account; the page answers as for a new one ("check your inbox").</param>
public sealed record JoinOutcome(string UserId, bool AlreadyMember);
