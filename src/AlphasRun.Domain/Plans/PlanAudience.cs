namespace AlphasRun.Domain.Plans;

public enum PlanAudience
{
    Marathon,
    HalfMarathon,
}

public static class PlanAudienceExtensions
{
    public static string DisplayName(this PlanAudience audience) =>
        audience == PlanAudience.Marathon ? "Marathon" : "Half marathon";
}
