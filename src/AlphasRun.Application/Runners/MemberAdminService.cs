using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;

namespace AlphasRun.Application.Runners;

/// <summary>Admins' member tools; every call checks <see cref="Policies.CanManageMembers"/> itself.</summary>
public sealed class MemberAdminService(IMemberAccounts accounts, AccessGuard guard)
{
    public async Task<Result<IReadOnlyList<MemberDto>>> ListAsync(string? search, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageMembers))
        {
            return Result<IReadOnlyList<MemberDto>>.Forbidden();
        }

        var trimmed = search?.Trim();
        if (trimmed is { Length: > 100 })
        {
            return Result<IReadOnlyList<MemberDto>>.Fail("Search for at most 100 characters.", "search");
        }

        return Result<IReadOnlyList<MemberDto>>.Ok(await accounts.ListMembersAsync(trimmed, cancellationToken));
    }

    public async Task<Result> SetCoachAsync(string email, bool isCoach, CancellationToken cancellationToken = default) =>
        await guard.IsAllowedAsync(Policies.CanManageMembers)
            ? await accounts.SetRoleAsync(email, Roles.Coach, isCoach, cancellationToken)
            : Result.Forbidden();

    public async Task<Result> SetLockedAsync(string userId, bool locked, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageMembers))
        {
            return Result.Forbidden();
        }

        if (await guard.UserIdAsync() == userId)
        {
            return Result.Fail("You can't lock your own account.");
        }

        return await accounts.SetLockedAsync(userId, locked, cancellationToken);
    }
}
