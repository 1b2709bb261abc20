using System.Security.Cryptography;
using AlphasRun.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Distributed;

namespace AlphasRun.Web.Features.Account;

/// <summary>
/// Interactive forms (join) run over the circuit and cannot set cookies, so they hand a short-lived,
/// single-use ticket to <c>POST /account/complete-sign-in</c>, which signs the member in with Identity.
/// The ticket is a random id whose user lives in the distributed cache (any instance can redeem it), and
/// it only works in a form post with the browser's antiforgery token: a link or another site's form
/// cannot use a ticket to sign a victim's browser into someone else's account.
/// </summary>
internal sealed class SignInTickets(IDistributedCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    public async Task<string> IssueAsync(string userId, CancellationToken cancellationToken = default)
    {
        var ticket = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        await cache.SetStringAsync(Key(ticket), userId, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, cancellationToken);
        return ticket;
    }

    /// <summary>The user id of a valid ticket, which is used up; null otherwise.</summary>
    public async Task<string?> RedeemAsync(string? ticket, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(ticket) || ticket.Length != 64 || !ticket.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        var key = Key(ticket);
        var userId = await cache.GetStringAsync(key, cancellationToken);
        if (userId is not null)
        {
            await cache.RemoveAsync(key, cancellationToken);
        }

        return userId;
    }

    public static async Task<IResult> CompleteSignInAsync(
        string? ticket, string? returnUrl, SignInTickets tickets, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, CancellationToken cancellationToken)
    {
        if (await tickets.RedeemAsync(ticket, cancellationToken) is not { } userId || await users.FindByIdAsync(userId) is not { } user)
        {
            return TypedResults.LocalRedirect("/account/login");
        }

        await signIn.SignInAsync(user, isPersistent: true);
        return TypedResults.LocalRedirect(IdentityRedirectManager.SafeLocal(returnUrl));
    }

    private static string Key(string ticket) => "alphasrun:signin-ticket:" + ticket;
}
