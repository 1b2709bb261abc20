namespace AlphasRun.Infrastructure.Persistence;

/// <summary>
/// The row of one recurring job (<see cref="Scheduling.RecurringJob"/>): when it is next due, and which instance holds
/// it until when. The job runner claims a due row with a conditional UPDATE, so one instance runs each due job;
/// a lease that runs out (the instance died) lets another take it. See docs/decisions/0014-recurring-work.md.
/// </summary>
public sealed class ScheduledJob(string name)
{
    public const string GenerateRuns = "generate-dated-runs";

    public const int NameMax = 60;

    public const int InstanceMax = 120;

    public string Name { get; private set; } = name;

    /// <summary>Not before this instant (UTC); null: due now (a job the runner has just added).</summary>
    public DateTime? NextDueUtc { get; private set; }

    /// <summary>The instance that holds the job, until <see cref="LeaseUntilUtc"/>.</summary>
    public string? LeasedBy { get; private set; }

    public DateTime? LeaseUntilUtc { get; private set; }

    public DateTime? LastRunUtc { get; private set; }

    public string? LastRunBy { get; private set; }
}
