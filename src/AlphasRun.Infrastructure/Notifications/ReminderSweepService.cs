using AlphasRun.Application.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlphasRun.Infrastructure.Notifications;

/// <summary>
/// Every instance looks for due reminders every <see cref="ReminderOptions.SweepInterval"/> and queues them in
/// the outbox; a unique key per member and run keeps each to one message (see <see cref="ReminderSweep"/>).
/// </summary>
internal sealed partial class ReminderSweepService(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReminderOptions> options, ILogger<ReminderSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<ReminderSweep>().QueueDueAsync(stoppingToken) is var queued and > 0)
                {
                    LogQueued(queued);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} run reminders")]
    private partial void LogQueued(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder sweep failed; the next sweep tries again")]
    private partial void LogFailed(Exception ex);
}
