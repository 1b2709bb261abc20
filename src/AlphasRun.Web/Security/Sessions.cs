using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using AlphasRun.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace AlphasRun.Web.Security;

/// <summary>
/// Sessions that really end. Each sign-in gets a session id (a claim in the cookie); signing out records
/// that id as ended in the distributed cache, so a copy of the cookie stops working at once, on every
/// instance. A sign-in also ends after <see cref="SecuritySettings.SessionLifetime"/>, however active.
/// "Sign out everywhere" renews the security stamp, which ends every session of the member.
/// </summary>
internal sealed class Sessions(IDistributedCache cache, IOptions<SecuritySettings> options, TimeProvider time)
{
    private SecuritySettings Settings => options.Value;

    public const string ClaimType = "alphasrun:sid";
    private const string IdItem = ".alphasrun.sid";
    private const string SignedInItem = ".alphasrun.signedin";

    public async Task EndAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.FindFirstValue(ClaimType) is { } id)
        {
            await cache.SetStringAsync(Key(id), "ended", new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Settings.SessionLifetime + TimeSpan.FromDays(1) }, cancellationToken);
        }
    }

    public async Task<bool> HasEndedAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.FindFirstValue(ClaimType) is { } id && await cache.GetStringAsync(Key(id), cancellationToken) is not null;

    /// <summary>
    /// The app's sign-in cookie, all of it in one place: its name, paths and attributes, and the events (every sign-in
    /// gets an id and a start time; every request checks both, then the security stamp). Secure-only everywhere but
    /// plain-http local development (dotnet run serves http://localhost).
    /// </summary>
    public static void Configure(CookieAuthenticationOptions options, bool secureOnly)
    {
        options.LoginPath = "/account/login";
        options.LogoutPath = "/account/logout";
        options.AccessDeniedPath = "/account/access-denied";
        options.Cookie.Name = "alphasrun.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = secureOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromDays(30);
        options.SlidingExpiration = true;
        options.Events.OnSigningIn = context =>
        {
            var items = context.Properties.Items;
            if (!items.TryGetValue(IdItem, out var id) || id is null)
            {
                id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
                items[IdItem] = id;
                var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                items[SignedInItem] = now.UtcTicks.ToString(CultureInfo.InvariantCulture);
            }

            if (context.Principal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ClaimType))
            {
                identity.AddClaim(new Claim(ClaimType, id));
            }

            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            var sessions = context.HttpContext.RequestServices.GetRequiredService<Sessions>();
            if (context.Principal is null || sessions.IsTooOld(context.Properties) || await sessions.HasEndedAsync(context.Principal, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            var principal = context.Principal;
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            if (context.Principal is null)
            {
                await SayWhyIfLockedAsync(context.HttpContext, principal);
            }
        };
    }

    /// <summary>
    /// The security stamp changed and the session ended. When an admin's lock did it, the page the member lands on
    /// (the sign-in page, or this request's page) says so, rather than silently asking them to sign in again.
    /// Interactive pages get here too: the circuit's revalidation sends them to the sign-in page with the old cookie.
    /// </summary>
    private static async Task SayWhyIfLockedAsync(HttpContext httpContext, ClaimsPrincipal principal)
    {
        var users = httpContext.RequestServices.GetRequiredService<UserManager<ApplicationUser>>();
        if (AdminLock.Holds(await users.GetUserAsync(principal)))
        {
            var feedback = new Feedback();
            feedback.Show("You were signed out. " + AdminLock.Message, FeedbackKind.Error);
            httpContext.RequestServices.GetRequiredService<FlashMessages>().SetForThisOrNextPage(feedback);
        }
    }

    /// <summary>Keeps the session id when the security stamp check rebuilds the principal.</summary>
    public static Task KeepSessionId(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(ClaimType) is { } claim && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ClaimType))
        {
            identity.AddClaim(new Claim(ClaimType, claim.Value));
        }

        return Task.CompletedTask;
    }

    private bool IsTooOld(AuthenticationProperties properties)
    {
        var start = properties.Items.TryGetValue(SignedInItem, out var ticks) && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            ? new DateTimeOffset(t, TimeSpan.Zero)
            : properties.IssuedUtc;
        return start is null || time.GetUtcNow() - start.Value > Settings.SessionLifetime;
    }

    private static string Key(string id) => "alphasrun:ended-session:" + id;
}
