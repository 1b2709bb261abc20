using System.Security.Claims;
using AlphasRun.Application.Common.Security;
using Microsoft.AspNetCore.Authorization;

namespace AlphasRun.Web.Layout;

/// <summary>
/// What the layout shows the person: signed in or not, and the coach's and the admin's links. Worked out once
/// per page (the policies are evaluated only for a signed-in member) instead of by an AuthorizeView per link:
/// the layout is built on every request.
/// </summary>
public sealed record SiteUser(bool SignedIn, bool CanManageRuns, bool CanManageMembers)
{
    public static readonly SiteUser Visitor = new(false, false, false);

    public static async Task<SiteUser> FromAsync(ClaimsPrincipal user, IAuthorizationService authorization)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Visitor;
        }

        var runs = await authorization.AuthorizeAsync(user, Policies.CanManageRuns);
        var members = await authorization.AuthorizeAsync(user, Policies.CanManageMembers);
        return new SiteUser(true, runs.Succeeded, members.Succeeded);
    }
}
