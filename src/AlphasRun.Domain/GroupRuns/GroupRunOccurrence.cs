using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.GroupRuns;

/// <summary>One dated run of a schedule, e.g. Tuesday 1 December 2026 at 6:00 pm.</summary>
public sealed class GroupRunOccurrence
{
    public GroupRunOccurrence(Guid id, Guid scheduleId, DateOnly localDate, DateTime startUtc, int? capacity)
    {
        if (startUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Start must be a UTC instant.", nameof(startUtc));
        }

        Id = id;
        ScheduleId = scheduleId;
        LocalDate = localDate;
        StartUtc = startUtc;
        Capacity = capacity;
        Status = OccurrenceStatus.Scheduled;
    }

    private GroupRunOccurrence()
    {
    }

    public Guid Id { get; private set; }

    public Guid ScheduleId { get; private set; }

    public GroupRunSchedule? Schedule { get; private set; }

    /// <summary>The date in the club's time zone; with <see cref="ScheduleId"/> it is unique.</summary>
    public DateOnly LocalDate { get; private set; }

    /// <summary>The start as a UTC instant (stored as UTC so SQLite can order and compare it).</summary>
    public DateTime StartUtc { get; private set; }

    /// <summary>Copied from the schedule when generated; null means unlimited.</summary>
    public int? Capacity { get; private set; }

    /// <summary>Confirmed registrations; updated in the database with a conditional update so it never passes the capacity.</summary>
    public int ConfirmedCount { get; private set; }

    /// <summary>The last queue number handed out on this run; raised in the database by each registration, so numbers never repeat.</summary>
    public long LastQueueNumber { get; private set; }

    public OccurrenceStatus Status { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>Bumped on every change calendars must pick up (the iCalendar SEQUENCE).</summary>
    public int Revision { get; private set; }

    /// <summary>Registration closes, and cancelling stops, when the run starts.</summary>
    public bool HasStarted(DateTime nowUtc) => nowUtc >= StartUtc;

    public const int ReasonMax = 200;

    public void Cancel(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the run is cancelled, e.g. \"ice storm\".");
        }

        if (reason.Trim().Length > ReasonMax)
        {
            throw new DomainException($"Reason: at most {ReasonMax} characters.");
        }

        Status = OccurrenceStatus.Cancelled;
        CancellationReason = reason.Trim();
        Revision++;
    }

    public void Reinstate()
    {
        Status = OccurrenceStatus.Scheduled;
        CancellationReason = null;
        Revision++;
    }
}
