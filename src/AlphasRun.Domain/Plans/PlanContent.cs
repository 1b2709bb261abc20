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

    /// <summary>Every distance multiplied by <paramref name="factor"/>, e.g. 0.65 to turn a marathon plan into a half.</summary>
    public PlanContent Scale(decimal factor)
    {
        if (factor <= 0)
        {
            throw new DomainException("The scale factor must be more than 0.");
        }

        return new PlanContent([.. Weeks.Select(w => new PlanWeek(w.Number, [.. w.Sessions.Select(s => s.Scale(factor))]))]);
    }

    /// <summary>A plan's weeks are equal when every session is, in order (records compare lists by reference).</summary>
    public bool SameAs(PlanContent other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Weeks.Count == other.Weeks.Count
            && Weeks.Zip(other.Weeks).All(p => p.First.Number == p.Second.Number && p.First.Sessions.SequenceEqual(p.Second.Sessions));
    }
}
