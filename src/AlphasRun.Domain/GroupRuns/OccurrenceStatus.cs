namespace AlphasRun.Domain.GroupRuns;

public enum OccurrenceStatus
{
    Scheduled,
    Cancelled,
}
