using AlphasRun.Application.Common;

namespace AlphasRun.Application.Runners;

/// <summary>Identity's side of membership (accounts, roles, locks), implemented in Infrastructure with ASP.NET Core Identity.</summary>
public interface IMemberAccounts
{
    /// <summary>Creates the sign-in account and the runner profile in one transaction: both or neither.</summary>
    Task<Result<string>> CreateMemberAsync(JoinForm form, DateTime nowUtc, CancellationToken cancellationToken);

    Task<string?> EmailOfAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Removes the account and the runner's personal data; past registrations remain as anonymous counts.</summary>
    Task<Result> DeleteMemberAsync(string userId, string password, CancellationToken cancellationToken);

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
