using System.Security.Claims;
using AlphasRun.Application.Common.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace AlphasRun.Web.Components.Account;

/// <summary>The signed-in person, from Blazor's authentication state (works in static and interactive rendering).</summary>
internal sealed class CurrentUser(AuthenticationStateProvider authenticationState) : ICurrentUser
{
    public async Task<ClaimsPrincipal> GetPrincipalAsync()
    {
        try
        {
            return (await authenticationState.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // Outside a component render (e.g. an endpoint) there is no authentication state: treat as anonymous.
            return new ClaimsPrincipal(new ClaimsIdentity());
        }
    }
}
