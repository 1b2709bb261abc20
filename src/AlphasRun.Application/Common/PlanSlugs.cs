namespace AlphasRun.Application.Common;

/// <summary>Plan slugs that links across the app rely on.</summary>
public static class PlanSlugs
{
    public const string Marathon = "off-season-marathon";
    public const string HalfMarathon = "off-season-half-marathon";
}
