using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.Plans;

/// <summary>The weeks of a plan: what a draft holds and what a published version freezes.</summary>
public sealed record PlanContent
{
    public const int MaxWeeks = 24;

    public PlanContent(IReadOnlyList<PlanWeek> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        if (weeks.Count is < 1 or > MaxWeeks)
        {
            throw new DomainException($"A plan has 1 to {MaxWeeks} weeks.");
        }

        Weeks = weeks;
    }

    public IReadOnlyList<PlanWeek> Weeks { get; }
}
