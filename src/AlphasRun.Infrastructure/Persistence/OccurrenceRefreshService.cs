using AlphasRun.Application.GroupRuns;
using AlphasRun.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlphasRun.Infrastructure.Persistence;

/// <summary>
/// Once a day, tops up the dated runs so the calendar always reaches weeks ahead. Every instance
/// looks hourly; the one that claims the day in the database does the work.
/// </summary>
internal sealed partial class OccurrenceRefreshService(IServiceScopeFactory scopes, TimeProvider timeProvider, ILogger<OccurrenceRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (!await scope.ServiceProvider.GetRequiredService<OnceAcrossInstances>().TryClaimTodayAsync(ScheduledJob.GenerateRuns, stoppingToken))
                {
                    continue;
                }

                var created = await scope.ServiceProvider.GetRequiredService<OccurrenceGenerator>().GenerateAsync(stoppingToken);
                LogGenerated(created);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily run generation: {Created} dated runs added")]
    private partial void LogGenerated(int created);

    [LoggerMessage(Level = LogLevel.Error, Message = "Daily run generation failed; the next start-up or day tries again")]
    private partial void LogFailed(Exception ex);
}
