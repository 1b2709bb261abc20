namespace AlphasRun.Domain.Plans;

public enum PlanStatus
{
    Draft,
    Published,
    Archived,
}
