using System.Threading.RateLimiting;

namespace AlphasRun.Web.Security;

/// <summary>The security knobs under <c>AlphasRun</c>: trusted proxies, rate limits and the session's absolute lifetime.</summary>
public sealed class SecuritySettings
{
    /// <summary>Addresses of reverse proxies whose <c>X-Forwarded-For</c>/<c>-Proto</c> are believed (<c>AlphasRun:KnownProxies</c>).</summary>
    public IList<string> KnownProxies { get; init; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) of such proxies (<c>AlphasRun:KnownNetworks</c>).</summary>
    public IList<string> KnownNetworks { get; init; } = [];

    /// <summary>How long a sign-in lasts at most, however active the member is (<c>AlphasRun:SessionLifetime</c>).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often a cookie's security stamp is re-checked ("sign out everywhere" reaches other devices within it).</summary>
    public TimeSpan SecurityStampInterval { get; set; } = TimeSpan.FromMinutes(1);

    public RateLimitSettings RateLimits { get; init; } = new();
}

/// <summary>Limits per client (IP address) and per account; each is a number of requests in a fixed window.</summary>
public sealed class RateLimitSettings
{
    /// <summary>Sign-in form posts from one client.</summary>
    public RateLimitRule SignInPerClient { get; set; } = new(20, TimeSpan.FromMinutes(5));

    /// <summary>Sign-in form posts for one account, from all clients together (ASVS 2.2.1: at most 100 an hour).</summary>
    public RateLimitRule SignInPerAccount { get; set; } = new(100, TimeSpan.FromHours(1));

    /// <summary>Wrong passwords for one account from one client before that client must wait (the account stays open to others).</summary>
    public RateLimitRule FailedSignInsPerClientAndAccount { get; set; } = new(5, TimeSpan.FromMinutes(15));

    /// <summary>Join attempts from one client.</summary>
    public RateLimitRule JoinPerClient { get; set; } = new(10, TimeSpan.FromHours(1));

    /// <summary>Join attempts with one email address (each may mail its owner).</summary>
    public RateLimitRule JoinPerAccount { get; set; } = new(3, TimeSpan.FromHours(1));

    /// <summary>Forgot-password and resend-confirmation posts from one client.</summary>
    public RateLimitRule AccountEmailPerClient { get; set; } = new(10, TimeSpan.FromMinutes(15));

    /// <summary>Forgot-password and resend-confirmation posts for one email address.</summary>
    public RateLimitRule AccountEmailPerAccount { get; set; } = new(3, TimeSpan.FromHours(1));

    /// <summary>Calendar feed requests from one client (calendar apps poll every few minutes at most).</summary>
    public RateLimitRule FeedPerClient { get; set; } = new(60, TimeSpan.FromMinutes(1));
}

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/>.</summary>
public sealed class RateLimitRule
{
    public RateLimitRule()
    {
    }

    public RateLimitRule(int permitLimit, TimeSpan window)
    {
        PermitLimit = permitLimit;
        Window = window;
    }

    public int PermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    internal FixedWindowRateLimiterOptions ToOptions() => new()
    {
        PermitLimit = Math.Max(1, PermitLimit),
        Window = Window > TimeSpan.Zero ? Window : TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
