namespace AlphasRun.Domain.GroupRuns;

public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,

    /// <summary>Added by a coach on the day; not counted against the capacity.</summary>
    WalkIn,
}
