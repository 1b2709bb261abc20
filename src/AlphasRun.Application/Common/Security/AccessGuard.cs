using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace AlphasRun.Application.Common.Security;

/// <summary>The use-case pipeline asks here before any handler acts: the same policies as the pages, checked on the server every time.</summary>
/// <remarks>
/// The roles come from the database at the moment of the action, not from the caller's cookie or circuit:
/// a coach revoked or a member locked a second ago can no longer act from a tab that was already open.
/// </remarks>
internal sealed class AccessGuard(ICurrentUser currentUser, IAuthorizationService authorization, IAccountStatus accounts)
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    /// <summary>
    /// Whether the caller meets the policy (none: anyone), and their user id when signed in; one account lookup for both.
    /// </summary>
    public async Task<(bool Allowed, string? UserId)> CheckAsync(string? policy)
    {
        var principal = await CurrentPrincipalAsync();
        var userId = principal.Identity?.IsAuthenticated == true ? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value : null;
        var allowed = policy is null || (await authorization.AuthorizeAsync(principal, policy)).Succeeded;
        return (allowed, userId);
    }

    private async Task<ClaimsPrincipal> CurrentPrincipalAsync()
    {
        var principal = await currentUser.GetPrincipalAsync();
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity
            || principal.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } userId)
        {
            return principal;
        }

        if (await accounts.CurrentRolesAsync(userId) is not { } roles)
        {
            return Anonymous;
        }

        var claims = identity.Claims.Where(c => c.Type != identity.RoleClaimType).ToList();
        claims.AddRange(roles.Select(role => new Claim(identity.RoleClaimType, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType));
    }
}
