namespace AlphasRun.Domain.GroupRuns;

/// <summary>"I run every Tuesday": the runner is registered for every future run of the schedule, including runs generated later.</summary>
public sealed class StandingRegistration
{
    public StandingRegistration(Guid id, Guid runnerId, Guid scheduleId, string? paceGroup, DateTime createdUtc)
    {
        Id = id;
        RunnerId = runnerId;
        ScheduleId = scheduleId;
        PaceGroup = paceGroup;
        CreatedUtc = createdUtc;
    }

    private StandingRegistration()
    {
    }

    public Guid Id { get; private set; }

    public Guid RunnerId { get; private set; }

    public Guid ScheduleId { get; private set; }

    public string? PaceGroup { get; private set; }

    public DateTime CreatedUtc { get; private set; }
}
