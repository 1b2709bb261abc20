using AlphasRun.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace AlphasRun.Web.Features.Account;

/// <summary>
/// Interactive forms (join) run over the circuit and cannot set cookies, so they hand a short-lived,
/// single-use, encrypted ticket to <c>/account/complete-sign-in</c>, which signs the member in with Identity.
/// </summary>
internal sealed class SignInTickets(IDataProtectionProvider dataProtection, IMemoryCache usedTickets)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    private readonly ITimeLimitedDataProtector _protector =
        dataProtection.CreateProtector("AlphasRun.SignInTicket.v1").ToTimeLimitedDataProtector();

    public string Issue(string userId) => _protector.Protect($"{Guid.NewGuid():N}|{userId}", Lifetime);

    /// <summary>The user id in a valid ticket that was not used before; null otherwise.</summary>
    public string? Redeem(string? ticket)
    {
        if (string.IsNullOrEmpty(ticket))
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(ticket);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('|', 2);
        if (parts.Length != 2 || usedTickets.TryGetValue(parts[0], out _))
        {
            return null;
        }

        usedTickets.Set(parts[0], true, Lifetime);
        return parts[1];
    }

    public static async Task<IResult> CompleteSignInAsync(
        string? ticket, string? returnUrl, SignInTickets tickets, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn)
    {
        if (tickets.Redeem(ticket) is not { } userId || await users.FindByIdAsync(userId) is not { } user)
        {
            return TypedResults.LocalRedirect("/account/login");
        }

        await signIn.SignInAsync(user, isPersistent: true);
        return TypedResults.LocalRedirect(IdentityRedirectManager.SafeLocal(returnUrl));
    }
}
