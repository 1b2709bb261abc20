namespace AlphasRun.Domain.GroupRuns;

/// <summary>A runner's place on one dated run; one per runner and run (a unique index enforces it).</summary>
public sealed class Registration
{
    public Registration(Guid id, Guid occurrenceId, Guid runnerId, RegistrationStatus status, string? paceGroup, DateTime createdUtc)
    {
        Id = id;
        OccurrenceId = occurrenceId;
        RunnerId = runnerId;
        Status = status;
        PaceGroup = paceGroup;
        CreatedUtc = createdUtc;
        UpdatedUtc = createdUtc;
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

    public DateTime? CheckedInUtc { get; private set; }
}
