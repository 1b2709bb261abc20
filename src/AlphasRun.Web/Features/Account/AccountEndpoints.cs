using AlphasRun.Application.Runners.ChooseReminder;
using AlphasRun.Infrastructure.Identity;
using AlphasRun.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AlphasRun.Web.Features.Account;

/// <summary>The account actions that are not pages: sign out, sign out everywhere and the reminder setting (form posts, antiforgery-checked).</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account");

        // Ends this session on the server too, so a copied cookie stops working; the member's other devices stay signed in.
        account.MapPost("/logout", async (HttpContext context, [FromServices] Sessions sessions, [FromServices] SignInManager<ApplicationUser> signIn, [FromForm] string? returnUrl) =>
        {
            await sessions.EndAsync(context.User, context.RequestAborted);
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(IdentityRedirectManager.SafeLocal(returnUrl));
        });

        // A new security stamp ends every session of the member, on every device.
        account.MapPost("/logout-everywhere", async (HttpContext context, [FromServices] Sessions sessions, [FromServices] UserManager<ApplicationUser> users, [FromServices] SignInManager<ApplicationUser> signIn, [FromForm] string? returnUrl) =>
        {
            if (await users.GetUserAsync(context.User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }

            await sessions.EndAsync(context.User, context.RequestAborted);
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(IdentityRedirectManager.SafeLocal(returnUrl));
        }).RequireAuthorization();

        // The reminder setting on the profile page (a plain form post, so it works without a circuit or JavaScript).
        account.MapPost("/reminders", async ([FromForm] string? reminder, [FromServices] IUseCases useCases, CancellationToken cancellationToken) =>
        {
            var saved = await useCases.SendAsync(new ChooseReminder(reminder), cancellationToken);
            return saved.IsForbidden
                ? Results.Forbid()
                : Results.LocalRedirect($"/account/profile?reminders={(saved.Succeeded ? "saved" : "invalid")}#reminders");
        }).RequireAuthorization();
    }
}
