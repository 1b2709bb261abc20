using AlphasRun.Infrastructure.Scheduling;

namespace AlphasRun.Infrastructure.Notifications;

/// <summary>
/// Drives the outbox dispatcher every couple of seconds, on the instance that holds the job. Exactly-once sending
/// is still the dispatcher's per-row claim: a run of this job that overlaps another (a lease ran out) sends nothing twice.
/// </summary>
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher) : RecurringJob
{
    public const string JobName = "outbox-dispatch";

    public override string Name => JobName;

    public override TimeSpan Interval => TimeSpan.FromSeconds(2);

    public override TimeSpan Lease => OutboxDispatcher.Lease;

    public override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Drain a burst (a cancelled run emails everyone) before waiting again.
        while (await dispatcher.DispatchDueAsync(cancellationToken) == OutboxDispatcher.BatchSize)
        {
        }
    }
}
