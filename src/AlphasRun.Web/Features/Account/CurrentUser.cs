using System.Security.Claims;
using AlphasRun.Application.Common.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace AlphasRun.Web.Features.Account;

/// <summary>The signed-in person, from Blazor's authentication state (works in static and interactive rendering).</summary>
internal sealed class CurrentUser(AuthenticationStateProvider authenticationState, IHttpContextAccessor httpContext) : ICurrentUser
{
    public async Task<ClaimsPrincipal> GetPrincipalAsync()
    {
        try
        {
            return (await authenticationState.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // Outside a component render (a minimal API endpoint) the request's user is the caller.
            return httpContext.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());
        }
    }
}
