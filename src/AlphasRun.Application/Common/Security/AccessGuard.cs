using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace AlphasRun.Application.Common.Security;

/// <summary>Services ask here before they act: the same policies as the pages, checked on the server every time.</summary>
public sealed class AccessGuard(ICurrentUser currentUser, IAuthorizationService authorization)
{
    public async Task<bool> IsAllowedAsync(string policy)
    {
        var principal = await currentUser.GetPrincipalAsync();
        return (await authorization.AuthorizeAsync(principal, policy)).Succeeded;
    }

    /// <summary>The signed-in user's id, or null for anonymous callers.</summary>
    public async Task<string?> UserIdAsync()
    {
        var principal = await currentUser.GetPrincipalAsync();
        return principal.Identity?.IsAuthenticated == true ? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value : null;
    }

    /// <summary>What audit fields store for the caller: the user id (shown as the member's current name, see <see cref="AuditNames"/>).</summary>
    public async Task<string> AuditIdAsync() => await UserIdAsync() ?? "system";
}
