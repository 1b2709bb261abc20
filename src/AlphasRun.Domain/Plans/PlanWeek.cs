using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.Plans;

public sealed record PlanWeek
{
    public PlanWeek(int number, IReadOnlyList<PlanSession> sessions)
    {
        if (number < 1)
        {
            throw new DomainException("Weeks are numbered from 1.");
        }

        ArgumentNullException.ThrowIfNull(sessions);
        Number = number;
        Sessions = sessions;
    }

    public int Number { get; }

    public IReadOnlyList<PlanSession> Sessions { get; }

    /// <summary>The week's total running distance, or null when the week has no running.</summary>
    public DistanceRange? TotalDistance =>
        Sessions.Select(s => s.Distance).OfType<DistanceRange>().Aggregate((DistanceRange?)null, (sum, d) => sum is null ? d : sum.Add(d));

    /// <summary>The week day by day, Monday to Sunday, as runners read a week.</summary>
    public IReadOnlyList<PlanDay> Days() =>
        [.. TrainingWeek.Days.Select(day => new PlanDay(day, [.. Sessions.Where(s => s.Day == day)]))];
}

public sealed record PlanDay(DayOfWeek Day, IReadOnlyList<PlanSession> Sessions);
