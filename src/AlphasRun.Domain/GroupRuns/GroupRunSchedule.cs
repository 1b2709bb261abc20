using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.GroupRuns;

/// <summary>A weekly crew run, e.g. every Tuesday at 6:00 pm from the meeting point.</summary>
public sealed class GroupRunSchedule
{
    private List<string> _paceGroups = [];

    public GroupRunSchedule(Guid id, string name, DayOfWeek day, TimeOnly localStartTime, Guid locationId, int? capacity = null, IEnumerable<string>? paceGroups = null)
    {
        Id = id;
        IsActive = true;
        Name = string.Empty;
        Update(name, day, localStartTime, locationId, capacity, paceGroups ?? []);
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

    /// <summary>Target paces in min/km, e.g. "5:00", "5:45", "6:30"; runners pick one when they register.</summary>
    public IReadOnlyList<string> PaceGroups => _paceGroups;

    public void Update(string name, DayOfWeek day, TimeOnly localStartTime, Guid locationId, int? capacity, IEnumerable<string> paceGroups)
    {
        if (capacity is < 1)
        {
            throw new DomainException("A capacity, when set, is at least 1.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Give the run a name, e.g. \"Tuesday evening run\".");
        }

        Name = name.Trim();
        Day = day;
        LocalStartTime = localStartTime;
        LocationId = locationId;
        Capacity = capacity;
        _paceGroups = [.. paceGroups.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct()];
    }

    public void Pause() => IsActive = false;

    public void Resume() => IsActive = true;

    public bool HasPaceGroup(string? paceGroup) => paceGroup is not null && _paceGroups.Contains(paceGroup);
}
