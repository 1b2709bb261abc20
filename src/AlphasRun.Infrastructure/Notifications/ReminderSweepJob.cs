using AlphasRun.Application.Notifications;
using AlphasRun.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlphasRun.Infrastructure.Notifications;

/// <summary>
/// Queues the reminders that have become due, every <see cref="ReminderOptions.SweepInterval"/>, on one instance at a
/// time; a unique key per member and run still keeps each to one message if two sweeps overlap (see <see cref="ReminderSweep"/>).
/// </summary>
public sealed partial class ReminderSweepJob(IOptions<ReminderOptions> options, ILogger<ReminderSweepJob> logger) : RecurringJob
{
    public const string JobName = "reminder-sweep";

    public override string Name => JobName;

    public override TimeSpan Interval => options.Value.SweepInterval;

    public override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await services.GetRequiredService<ReminderSweep>().QueueDueAsync(cancellationToken) is var queued and > 0)
        {
            LogQueued(queued);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} run reminders")]
    private partial void LogQueued(int count);
}
