namespace AlphasRun.Infrastructure.Persistence;

/// <summary>A piece of daily work; its row records the last club date it ran, so one instance runs it per day.</summary>
public sealed class ScheduledJob(string name)
{
    public const string GenerateRuns = "generate-dated-runs";

    public string Name { get; private set; } = name;

    public DateOnly? LastRunDate { get; private set; }

    public DateTime? LastRunUtc { get; private set; }

    public string? LastRunBy { get; private set; }
}
