using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AlphasRun.Web.Security;

/// <summary>
/// ASP.NET Core's rate limiter over the requests that can be abused: sign-in, forgot-password and
/// resend-confirmation posts (per client and per account) and the calendar feeds (per client).
/// Join is limited by <see cref="Throttle"/> in its page, after the form is valid (a typo uses up no try), and
/// answers on the form itself.
/// </summary>
internal static class RateLimits
{
    public const string AccountItem = "alphasrun.ratelimit.account";

    private static readonly string[] EmailPaths = ["/account/forgot-password", "/account/resend-confirmation"];

    public static IServiceCollection AddAlphasRunRateLimits(this IServiceCollection services)
    {
        // The limits are read per request from the validated options (the limiter itself is built before the container).
        static RateLimitSettings Limits(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<SecuritySettings>>().Value.RateLimits;

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(ClientRule(Limits(context), context), ClientKey(context))),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(AccountRule(Limits(context), context), context.Items[AccountItem] as string)));
            options.OnRejected = (context, cancellationToken) => TooManyRequests.WriteAsync(context.HttpContext, context.Lease, cancellationToken);
        });
        return services;
    }

    /// <summary>Reads the email of a limited account form before the limiter runs (the form stays buffered for the page).</summary>
    public static IApplicationBuilder UseAlphasRunRateLimits(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && IsAccountFormPath(context.Request.Path) && context.Request.HasFormContentType)
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                if (Throttle.NormalizeAccount(form["Input.Email"]) is { } account)
                {
                    context.Items[AccountItem] = account;
                }
            }

            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The client's address (after trusted proxies' forwarded headers were applied).</summary>
    public static string? ClientKey(HttpContext context) => ClientKey(context.Connection.RemoteIpAddress);

    public static string? ClientKey(IPAddress? address) => address switch
    {
        null => null,
        { IsIPv4MappedToIPv6: true } => address.MapToIPv4().ToString(),
        _ => address.ToString(),
    };

    private static bool IsAccountFormPath(PathString path) =>
        path.Equals("/account/login", StringComparison.OrdinalIgnoreCase) || EmailPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase));

    private static (string Name, RateLimitRule Rule)? ClientRule(RateLimitSettings limits, HttpContext context)
    {
        var path = context.Request.Path;
        if (HttpMethods.IsPost(context.Request.Method))
        {
            if (path.Equals("/account/login", StringComparison.OrdinalIgnoreCase))
            {
                return ("signin-client", limits.SignInPerClient);
            }

            if (EmailPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase)))
            {
                return ("email-client", limits.AccountEmailPerClient);
            }
        }
        else if (HttpMethods.IsGet(context.Request.Method) && path.StartsWithSegments("/calendar", StringComparison.OrdinalIgnoreCase))
        {
            return ("feed-client", limits.FeedPerClient);
        }

        return null;
    }

    private static (string Name, RateLimitRule Rule)? AccountRule(RateLimitSettings limits, HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return null;
        }

        var path = context.Request.Path;
        return path.Equals("/account/login", StringComparison.OrdinalIgnoreCase) ? ("signin-account", limits.SignInPerAccount)
            : EmailPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase)) ? ("email-account", limits.AccountEmailPerAccount)
            : null;
    }

    private static RateLimitPartition<string> Partition((string Name, RateLimitRule Rule)? rule, string? subject)
    {
        return rule is { } r && subject is not null
            ? RateLimitPartition.GetFixedWindowLimiter($"{r.Name}|{subject}", _ => r.Rule.ToOptions())
            : RateLimitPartition.GetNoLimiter(string.Empty);
    }
}

/// <summary>The friendly page (and <c>Retry-After</c>) for a request over its limit.</summary>
internal static class TooManyRequests
{
    public static async ValueTask WriteAsync(HttpContext context, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Page(Throttle.Describe(retryAfter)), cancellationToken);
    }

    private static string Page(string wait) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
        <title>Slow down a little · Alphas Run Crew</title><link rel="stylesheet" href="/css/app.css" /></head>
        <body><main class="too-many-requests" style="max-width:36rem;margin:3rem auto;padding:0 1rem;font-family:system-ui,sans-serif">
        <h1>Slow down a little</h1>
        <p>We've had a lot of tries from your connection in a short time, so we're pausing this for you.
        Please try again in {{wait}}.</p>
        <p>Everything else on the site works as usual. <a href="/">Back to the home page</a></p>
        </main></body></html>
        """;
}
