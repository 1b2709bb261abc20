using System.Net;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AlphasRun.Web.Security;

/// <summary>Origin, proxies, transport, headers and rate limits: the app's front door, in one place.</summary>
internal static partial class SecuritySetup
{
    public static IServiceCollection AddAlphasRunSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SecuritySettings>()
            .Bind(configuration.GetSection(ClubOptions.SectionName))
            .Validate(s => s.KnownProxies.All(p => IPAddress.TryParse(p.Trim(), out _)), "AlphasRun:KnownProxies: each must be an IP address, such as 10.0.0.5.")
            .Validate(s => s.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n.Trim(), out _)), "AlphasRun:KnownNetworks: each must be a network in CIDR form, such as 10.0.0.0/8.")
            .Validate(s => s.SessionLifetime > TimeSpan.Zero && s.SecurityStampInterval >= TimeSpan.Zero, "AlphasRun:SessionLifetime must be more than 0 and AlphasRun:SecurityStampInterval not negative.")
            .ValidateOnStart();

        // Which middleware and services exist depends on the public address, so it is read while they are registered.
        var publicUrl = configuration.GetSection(ClubOptions.SectionName).Get<PublicOrigin>()?.PublicUrl;

        // Checked when the web host starts (not when the database is prepared or the roles command runs).
        services.AddOptions<PublicOrigin>()
            .Bind(configuration.GetSection(ClubOptions.SectionName))
            .Validate(
                o => environment.IsDevelopment() || !string.IsNullOrWhiteSpace(o.PublicUrl),
                "AlphasRun:PublicUrl is required outside Development: the address members reach the site at, such as https://alphasrun.example (links in emails and calendar feeds are built from it).")
            .Validate(o => o.PublicUrl is null || ClubOptions.IsValidPublicUrl(o.PublicUrl), "AlphasRun:PublicUrl must be an absolute http(s) address such as https://alphasrun.example, without query or fragment.")
            .ValidateOnStart();

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SecuritySettings>>((options, settings) => ConfigureProxies(options, settings.Value));
        if (!environment.IsDevelopment())
        {
            services.PostConfigure<HostFilteringOptions>(options => options.AllowedHosts = AllowedHosts(options.AllowedHosts, publicUrl));
        }

        if (IsHttps(publicUrl))
        {
            var origin = new Uri(publicUrl!);
            services.AddHttpsRedirection(options =>
            {
                options.HttpsPort = origin.Port;
                options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            });
            services.AddHsts(options =>
            {
                options.MaxAge = TimeSpan.FromDays(365);
                options.IncludeSubDomains = false;
            });
        }

        // Sessions and the sign-in failure counts use the shared IDistributedCache (Infrastructure's AddSharedCaches).
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Throttle>();
        services.AddSingleton<Sessions>();
        services.ConfigureApplicationCookie(options => Sessions.Configure(options, secureOnly: !environment.IsDevelopment()));
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SecuritySettings>>((options, settings) =>
        {
            options.ValidationInterval = settings.Value.SecurityStampInterval;
            options.OnRefreshingPrincipal = Sessions.KeepSessionId;
        });
        services.AddAlphasRunRateLimits();
        return services;
    }

    /// <summary>Forwarded headers first (only trusted proxies'), then transport security, headers and rate limits.</summary>
    public static WebApplication UseAlphasRunSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && !app.Services.GetRequiredService<IOptions<DataProtectionSettings>>().Value.IsConfigured)
        {
            LogKeysUnencrypted(app.Logger, DataProtectionCertificate.PathKey);
        }

        // With no known proxy the middleware would believe anyone's X-Forwarded-For: leave it out entirely.
        var settings = app.Services.GetRequiredService<IOptions<SecuritySettings>>().Value;
        if (settings.KnownProxies.Count > 0 || settings.KnownNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        if (!app.Environment.IsDevelopment() && IsHttps(app.Services.GetRequiredService<IOptions<ClubOptions>>().Value.PublicUrl))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseAlphasRunRateLimits();
        return app;
    }

    /// <summary>Trusts X-Forwarded-For/-Proto only from the configured proxies; none by default (not even loopback, and the middleware is then not used).</summary>
    internal static void ConfigureProxies(ForwardedHeadersOptions options, SecuritySettings settings)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        options.ForwardLimit = 1;
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
        }

        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
        }
    }

    /// <summary>"*" (the template's default) becomes the public origin's host and loopback; an explicit list is kept and gains them.</summary>
    internal static IList<string> AllowedHosts(IList<string>? configured, string? publicUrl)
    {
        var hosts = (configured ?? []).Where(h => !string.IsNullOrWhiteSpace(h) && h != "*").ToList();
        if (Uri.TryCreate(publicUrl, UriKind.Absolute, out var origin))
        {
            hosts.Add(origin.Host);
        }

        // Health probes and scripts on the machine itself (deploy/cluster.sh checks each instance at 127.0.0.1:port).
        hosts.AddRange(["localhost", "127.0.0.1", "[::1]"]);
        return [.. hosts.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data-protection keys are stored unencrypted: set {Setting} to a .pfx certificate (see the README)")]
    private static partial void LogKeysUnencrypted(ILogger logger, string setting);

    /// <summary>The part of <c>AlphasRun</c> that start-up validates before the site serves anyone.</summary>
    internal sealed class PublicOrigin
    {
        public string? PublicUrl { get; set; }
    }

    private static bool IsHttps(string? publicUrl) =>
        Uri.TryCreate(publicUrl, UriKind.Absolute, out var origin) && origin.Scheme == Uri.UriSchemeHttps;
}
