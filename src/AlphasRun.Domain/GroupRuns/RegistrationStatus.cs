namespace AlphasRun.Domain.GroupRuns;

public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}
