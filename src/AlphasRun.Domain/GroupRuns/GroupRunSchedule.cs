using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.GroupRuns;

/// <summary>A weekly crew run, e.g. every Tuesday at 6:00 pm from the meeting point.</summary>
public sealed class GroupRunSchedule
{
    public GroupRunSchedule(Guid id, string name, DayOfWeek day, TimeOnly localStartTime, Guid locationId, int? capacity = null)
    {
        if (capacity is < 1)
        {
            throw new DomainException("A capacity, when set, is at least 1.");
        }

        Id = id;
        Name = name;
        Day = day;
        LocalStartTime = localStartTime;
        LocationId = locationId;
        Capacity = capacity;
        IsActive = true;
    }

    private GroupRunSchedule()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public DayOfWeek Day { get; private set; }

    /// <summary>Wall-clock start in the club's time zone; the same all year, across DST changes.</summary>
    public TimeOnly LocalStartTime { get; private set; }

    public Guid LocationId { get; private set; }

    public Location? Location { get; private set; }

    /// <summary>Null means unlimited.</summary>
    public int? Capacity { get; private set; }

    public bool IsActive { get; private set; }
}
