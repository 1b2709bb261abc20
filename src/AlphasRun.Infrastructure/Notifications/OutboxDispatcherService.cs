using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlphasRun.Infrastructure.Notifications;

/// <summary>Runs the outbox dispatcher every couple of seconds on every instance; the claims keep each email to one sender.</summary>
internal sealed partial class OutboxDispatcherService(OutboxDispatcher dispatcher, TimeProvider time, ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // Drain a burst (a cancelled run emails everyone) before waiting again.
                while (await dispatcher.DispatchDueAsync(stoppingToken) == OutboxDispatcher.BatchSize)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch failed; trying again shortly")]
    private partial void LogFailed(Exception ex);
}
