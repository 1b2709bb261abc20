namespace AlphasRun.Domain.GroupRuns;

/// <summary>A runner's place on one dated run; one per runner and run (a unique index enforces it).</summary>
public sealed class Registration
{
    public Registration(Guid id, Guid occurrenceId, Guid runnerId, RegistrationStatus status, string? paceGroup, DateTime createdUtc, bool fromStanding = false, long queueNumber = 0)
    {
        QueueNumber = queueNumber;
        Id = id;
        OccurrenceId = occurrenceId;
        RunnerId = runnerId;
        Status = status;
        PaceGroup = paceGroup;
        CreatedUtc = createdUtc;
        UpdatedUtc = createdUtc;
        QueuedUtc = createdUtc;
        FromStanding = fromStanding;
    }

    private Registration()
    {
    }

    public Guid Id { get; private set; }

    public Guid OccurrenceId { get; private set; }

    /// <summary>Null once the runner deleted their account: the registration stays as an anonymous count.</summary>
    public Guid? RunnerId { get; private set; }

    public RegistrationStatus Status { get; private set; }

    public string? PaceGroup { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    /// <summary>When the runner joined the queue (for display).</summary>
    public DateTime QueuedUtc { get; private set; }

    /// <summary>Place in the run's queue, assigned inside the registering transaction: the waitlist is served in this order.</summary>
    public long QueueNumber { get; private set; }

    public DateTime? CheckedInUtc { get; private set; }

    /// <summary>Made by a standing registration ("every Tuesday"); stopping it cancels these.</summary>
    public bool FromStanding { get; private set; }

    /// <summary>A runner without an account whom a coach added on the day.</summary>
    public string? WalkInName { get; private set; }

    public bool IsActive => Status is RegistrationStatus.Confirmed or RegistrationStatus.Waitlisted;

    public static Registration WalkIn(Guid id, Guid occurrenceId, string name, string? paceGroup, DateTime nowUtc) =>
        new()
        {
            Id = id,
            OccurrenceId = occurrenceId,
            WalkInName = name,
            PaceGroup = paceGroup,
            Status = RegistrationStatus.WalkIn,
            CreatedUtc = nowUtc,
            UpdatedUtc = nowUtc,
            QueuedUtc = nowUtc,
            CheckedInUtc = nowUtc,
        };

    /// <summary>Registers again on a row that was cancelled (one row per runner and run, whatever happens).</summary>
    public void Reactivate(RegistrationStatus status, string? paceGroup, DateTime nowUtc, bool fromStanding, long queueNumber)
    {
        QueueNumber = queueNumber;
        Status = status;
        PaceGroup = paceGroup;
        QueuedUtc = nowUtc;
        UpdatedUtc = nowUtc;
        FromStanding = fromStanding;
        CheckedInUtc = null;
    }

    public void ChangePaceGroup(string? paceGroup, DateTime nowUtc)
    {
        PaceGroup = paceGroup;
        UpdatedUtc = nowUtc;
    }

    public void CheckIn(bool present, DateTime nowUtc)
    {
        CheckedInUtc = present ? nowUtc : null;
        UpdatedUtc = nowUtc;
    }
}
