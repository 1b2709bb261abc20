using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.Common.Security;

/// <summary>Services ask here before they act: the same policies as the pages, checked on the server every time.</summary>
/// <remarks>
/// The roles come from the database at the moment of the action, not from the caller's cookie or circuit:
/// a coach revoked or a member locked a second ago can no longer act from a tab that was already open.
/// </remarks>
public sealed class AccessGuard(ICurrentUser currentUser, IAuthorizationService authorization, IAccountStatus accounts, IAlphasRunDbFactory dbFactory)
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public async Task<bool> IsAllowedAsync(string policy)
    {
        var principal = await CurrentPrincipalAsync();
        return (await authorization.AuthorizeAsync(principal, policy)).Succeeded;
    }

    /// <summary>The signed-in user's id, or null for anonymous callers and for accounts locked or deleted since they signed in.</summary>
    public async Task<string?> UserIdAsync()
    {
        var principal = await currentUser.GetPrincipalAsync();
        return principal.Identity?.IsAuthenticated == true
            && principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            && await accounts.CurrentRolesAsync(userId) is not null
                ? userId
                : null;
    }

    /// <summary>The caller as other coaches know them ("Casey Demo"), never their sign-in email.</summary>
    public async Task<string> DisplayNameAsync()
    {
        var principal = await currentUser.GetPrincipalAsync();
        if (principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            await using var db = await dbFactory.CreateAsync();
            var name = await db.Runners.AsNoTracking().Where(r => r.UserId == userId)
                .Select(r => r.FirstName + " " + r.LastName).FirstOrDefaultAsync();
            if (!string.IsNullOrWhiteSpace(name))
            {
                return name;
            }
        }

        return principal.Identity?.Name is { } signInName && !signInName.Contains('@', StringComparison.Ordinal) ? signInName : "a coach";
    }

    private async Task<ClaimsPrincipal> CurrentPrincipalAsync()
    {
        var principal = await currentUser.GetPrincipalAsync();
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity
            || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
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
