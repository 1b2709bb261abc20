namespace AlphasRun.Infrastructure.Scheduling;

/// <summary>
/// Work that comes round again: the outbox dispatch, the reminder sweep, the daily run generation, clean-ups.
/// Register one with <c>services.AddSingleton&lt;RecurringJob, MyJob&gt;()</c>; the <see cref="JobRunner"/>
/// runs it on one instance at a time (the one that claims its row in the database), or on every instance
/// when <see cref="EveryInstance"/> says so. A job must be idempotent: a lease that runs out while it is
/// still running (or an instance that dies half-way) lets another instance run it again.
/// </summary>
public abstract class RecurringJob
{
    /// <summary>The key of the job's row; at most <see cref="Persistence.ScheduledJob.NameMax"/> characters.</summary>
    public abstract string Name { get; }

    /// <summary>How long after one run starts the next is due (see <see cref="NextDueAfter"/>).</summary>
    public abstract TimeSpan Interval { get; }

    /// <summary>How long a claim holds before another instance may take the job over.</summary>
    public virtual TimeSpan Lease => TimeSpan.FromMinutes(5);

    /// <summary>
    /// True for work on something each instance has of its own (a local folder): no claim in the database,
    /// each instance runs it on its own schedule.
    /// </summary>
    public virtual bool EveryInstance => false;

    /// <summary>When the next run is due, given when this one started (UTC).</summary>
    public virtual DateTime NextDueAfter(DateTime startedUtc) => startedUtc + Interval;

    /// <summary>Does the work once; <paramref name="services"/> is a scope of its own for this run.</summary>
    public abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
