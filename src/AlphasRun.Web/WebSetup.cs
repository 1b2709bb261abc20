using System.Text.Json;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MudBlazor.Services;

namespace AlphasRun.Web;

/// <summary>The web layer's part of Program: UI services, start-up and the health endpoint.</summary>
internal static partial class WebSetup
{
    public static IServiceCollection AddWebUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddAuthorization();
        return services;
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

    public static void MapHealthEndpoint(this WebApplication app) =>
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json";
                var body = new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                };
                await context.Response.WriteAsync(JsonSerializer.Serialize(body));
            },
        });

    [LoggerMessage(Level = LogLevel.Critical, Message = "Start-up stopped: {Reason}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string reason);
}
