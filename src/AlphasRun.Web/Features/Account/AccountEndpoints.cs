using AlphasRun.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AlphasRun.Web.Features.Account;

/// <summary>The account actions that are not pages: sign out (a form post, antiforgery-checked) and completing a sign-in ticket.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account");

        account.MapPost("/logout", async ([FromServices] SignInManager<ApplicationUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(IdentityRedirectManager.SafeLocal(returnUrl));
        });

        account.MapGet("/complete-sign-in", (string? ticket, string? returnUrl, SignInTickets tickets, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) =>
            SignInTickets.CompleteSignInAsync(ticket, returnUrl, tickets, users, signIn));
    }
}
