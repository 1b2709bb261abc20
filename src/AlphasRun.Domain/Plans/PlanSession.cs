using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.Plans;

/// <summary>One session on one day of a plan week.</summary>
public sealed record PlanSession
{
    public PlanSession(DayOfWeek day, SessionType type, DistanceRange? distance, string title, string? notes = null, Guid? groupRunScheduleId = null, string? effort = null)
    {
        if (!type.HasDistance() && distance is not null)
        {
            throw new DomainException($"A {type.DisplayName().ToLowerInvariant()} day carries no distance.");
        }

        if (type.HasDistance() && distance is null && type != SessionType.CrossTraining)
        {
            throw new DomainException($"A {type.DisplayName().ToLowerInvariant()} needs a distance.");
        }

        Day = day;
        Type = type;
        Distance = distance;
        Title = title;
        Notes = notes;
        GroupRunScheduleId = groupRunScheduleId;
        Effort = effort;
    }

    public DayOfWeek Day { get; }

    public SessionType Type { get; }

    public DistanceRange? Distance { get; }

    /// <summary>A short headline, e.g. "Easy run — form and cadence".</summary>
    public string Title { get; }

    public string? Notes { get; }

    /// <summary>When set, the crew runs this session together at the linked group run.</summary>
    public Guid? GroupRunScheduleId { get; }

    /// <summary>An optional target pace or effort, e.g. "5:45/km" or "conversational".</summary>
    public string? Effort { get; }

    /// <summary>The same session with its distance multiplied by <paramref name="factor"/> (rounded to 0.1 km).</summary>
    public PlanSession Scale(decimal factor) =>
        Distance is null ? this : new PlanSession(Day, Type, Distance.Scale(factor), Title, Notes, GroupRunScheduleId, Effort);
}
