using System.Text.Json;
using AlphasRun.Application.Common.Security;
using AlphasRun.Infrastructure.Identity;
using AlphasRun.Infrastructure.Persistence;
using AlphasRun.Web.Caching;
using AlphasRun.Web.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace AlphasRun.Web;

/// <summary>The web layer's part of Program: UI services, start-up and the health endpoint.</summary>
internal static partial class WebSetup
{
    public static IServiceCollection AddWebUi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebSettings>().Bind(configuration.GetSection(WebSettings.SectionName)).ValidateOnStart();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.WithoutWebAssemblyStateRegistration();
        services.AddMudServices();
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddScoped<FlashMessages>();
        services.AddSingleton<Layout.ThemeStyles>();
        // Units and theme come from the request's cookies: on static pages that is this request; an
        // interactive page reads them from the request that opened its circuit.
        services.AddCascadingValue(sp => ClientPreferences.From(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Cookies));
        services.AddPublicPageCache();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IdentityRedirectManager>();
        // The policies themselves are configured once, by AddApplication (services check them too); this adds the web's evaluator.
        services.AddAuthorization();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies(); // the application cookie's options: Security/Sessions.Configure
        return services;
    }

    /// <summary>Runs <c>roles …</c> from the command line against the configured database; null when the arguments are not a command.</summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args is not ["roles", .. var rest])
        {
            return null;
        }

        return await RolesCommand.RunAsync(app.Services, rest, Console.Out);
    }

    /// <summary>Migrates and seeds; on a database that cannot be opened, logs one clear line and reports failure.</summary>
    public static async Task<bool> InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            return true;
        }
        catch (DatabaseUnavailableException ex)
        {
            LogDatabaseUnavailable(app.Logger, ex.Message);
            return false;
        }
    }

    /// <summary>
    /// <c>/healthz</c>: the configured database answers. With several instances behind a load balancer,
    /// <c>AlphasRun:Instance</c> (set by deploy/cluster.sh) names the one that answered.
    /// </summary>
    public static void MapHealthEndpoint(this WebApplication app)
    {
        var instance = app.Services.GetRequiredService<IOptions<WebSettings>>().Value.Instance;
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json";
                var checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString());
                object body = instance is null
                    ? new { status = report.Status.ToString(), checks }
                    : new { status = report.Status.ToString(), checks, instance };
                await context.Response.WriteAsync(JsonSerializer.Serialize(body));
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Start-up stopped: {Reason}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string reason);
}
