using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Domain.Seasons;

public enum LogEntryKind
{
    /// <summary>A planned session, run.</summary>
    Done,

    /// <summary>A planned session, not run.</summary>
    Skipped,

    /// <summary>A run that was not on the plan ("another run").</summary>
    Extra,
}

public enum LogEntrySource
{
    Member,

    /// <summary>Made when a coach checked the member in at a crew run; the member fills in the distance.</summary>
    CheckIn,
}

/// <summary>What was planned for a session when it was logged: a later plan version never rewrites it.</summary>
public sealed record PlannedSnapshot(SessionType Type, string Title, DistanceRange? Distance, int? PlanVersion)
{
    public static PlannedSnapshot Of(PlannedSession session, int? planVersion)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new PlannedSnapshot(session.Type, session.Title, session.Distance, planVersion);
    }
}

/// <summary>The run itself, as the member reports it.</summary>
public sealed record RunReport(decimal? DistanceKm, TimeSpan? Duration, int? Effort, string? Note)
{
    public static RunReport Empty { get; } = new(null, null, null, null);

    /// <summary>Every problem with the report, per field; empty when it can be saved (the invariant behind the log validator).</summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (DistanceKm is { } km && (km <= 0 || km > SeasonRules.DistanceMaxKm))
        {
            problems.Add((nameof(DistanceKm), km <= 0 ? SeasonRules.DistanceNotPositive : SeasonRules.DistanceTooFar(DistanceUnit.Kilometres)));
        }

        if (Duration is { } t && (t <= TimeSpan.Zero || t > SeasonRules.DurationMax))
        {
            problems.Add((nameof(Duration), t <= TimeSpan.Zero ? SeasonRules.DurationNotPositive : SeasonRules.DurationTooLong));
        }

        if (Effort is { } e && e is < SeasonRules.EffortMin or > SeasonRules.EffortMax)
        {
            problems.Add((nameof(Effort), SeasonRules.EffortOutOfRange));
        }

        if (Note is { Length: > SeasonRules.NoteMax })
        {
            problems.Add((nameof(Note), SeasonRules.NoteTooLong(Note.Length)));
        }

        return problems;
    }
}

/// <summary>One line of a member's training log: a planned session done or skipped, or another run.</summary>
public sealed class TrainingLogEntry
{
    private TrainingLogEntry(Guid id, Guid runnerId, DateOnly date, LogEntryKind kind, int? slot, PlannedSnapshot? planned, string title, LogEntrySource source, Guid? occurrenceId, DateTime nowUtc)
    {
        Id = id;
        RunnerId = runnerId;
        Date = date;
        Kind = kind;
        Slot = slot;
        Title = title;
        Source = source;
        OccurrenceId = occurrenceId;
        CreatedUtc = UpdatedUtc = nowUtc;
        if (planned is not null)
        {
            PlannedType = planned.Type;
            PlannedMinKm = planned.Distance?.MinKm;
            PlannedMaxKm = planned.Distance?.MaxKm;
            PlanVersion = planned.PlanVersion;
        }
    }

    private TrainingLogEntry()
    {
        Title = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RunnerId { get; private set; }

    /// <summary>The day of the run on the club's wall clock.</summary>
    public DateOnly Date { get; private set; }

    public LogEntryKind Kind { get; private set; }

    /// <summary>The planned session (with <see cref="Date"/>) this entry answers; null for another run.</summary>
    public int? Slot { get; private set; }

    /// <summary>The planned session's title when logged, or what the member called another run.</summary>
    public string Title { get; private set; }

    public SessionType? PlannedType { get; private set; }

    public decimal? PlannedMinKm { get; private set; }

    public decimal? PlannedMaxKm { get; private set; }

    public int? PlanVersion { get; private set; }

    public decimal? DistanceKm { get; private set; }

    public TimeSpan? Duration { get; private set; }

    public int? Effort { get; private set; }

    public string? Note { get; private set; }

    public LogEntrySource Source { get; private set; }

    /// <summary>The crew run this was, when it was one.</summary>
    public Guid? OccurrenceId { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public DistanceRange? PlannedDistance =>
        PlannedMinKm is { } min && PlannedMaxKm is { } max ? DistanceRange.Create(min, max) : null;

    /// <summary>Seconds per kilometre, when both distance and time are known.</summary>
    public int? PaceSecondsPerKm => Pace(DistanceKm, Duration);

    public bool CountsAsRun => Kind is LogEntryKind.Done or LogEntryKind.Extra;

    public static int? Pace(decimal? distanceKm, TimeSpan? duration) =>
        distanceKm is { } km && duration is { } t ? Common.Pace.Of(Distance.FromKm(km), t)?.SecondsPerKm : null;

    public static TrainingLogEntry Done(Guid id, Guid runnerId, PlannedSession session, int? planVersion, RunReport report, DateTime nowUtc, Guid? occurrenceId = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        var entry = new TrainingLogEntry(id, runnerId, session.Date, LogEntryKind.Done, session.Slot, PlannedSnapshot.Of(session, planVersion), session.Title, LogEntrySource.Member, occurrenceId, nowUtc);
        entry.Record(report, nowUtc);
        return entry;
    }

    public static TrainingLogEntry Skipped(Guid id, Guid runnerId, PlannedSession session, int? planVersion, DateTime nowUtc, Guid? occurrenceId = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new TrainingLogEntry(id, runnerId, session.Date, LogEntryKind.Skipped, session.Slot, PlannedSnapshot.Of(session, planVersion), session.Title, LogEntrySource.Member, occurrenceId, nowUtc);
    }

    public static TrainingLogEntry Extra(Guid id, Guid runnerId, DateOnly date, string title, RunReport report, DateTime nowUtc)
    {
        var entry = new TrainingLogEntry(id, runnerId, date, LogEntryKind.Extra, null, null, CleanTitle(title), LogEntrySource.Member, null, nowUtc);
        entry.Record(report, nowUtc);
        return entry;
    }

    /// <summary>A coach checked the member in at a crew run: done, with the distance left for the member.</summary>
    public static TrainingLogEntry FromCheckIn(Guid id, Guid runnerId, Guid occurrenceId, DateOnly date, string runName, PlannedSession? session, int? planVersion, DateTime nowUtc) =>
        session is null
            ? new TrainingLogEntry(id, runnerId, date, LogEntryKind.Extra, null, null, CleanTitle(runName), LogEntrySource.CheckIn, occurrenceId, nowUtc)
            : new TrainingLogEntry(id, runnerId, date, LogEntryKind.Done, session.Slot, PlannedSnapshot.Of(session, planVersion), session.Title, LogEntrySource.CheckIn, occurrenceId, nowUtc);

    /// <summary>Marks a planned session done (again) with what the member ran; the planned snapshot stays.</summary>
    public void MarkDone(RunReport report, DateTime nowUtc)
    {
        if (Kind == LogEntryKind.Skipped)
        {
            Kind = LogEntryKind.Done;
        }

        Record(report, nowUtc);
    }

    public void MarkSkipped(DateTime nowUtc)
    {
        if (Slot is null)
        {
            throw new DomainException("Only a planned session can be skipped; remove another run instead.");
        }

        Kind = LogEntryKind.Skipped;
        DistanceKm = null;
        Duration = null;
        Effort = null;
        Source = LogEntrySource.Member;
        UpdatedUtc = nowUtc;
    }

    /// <summary>True while the entry is exactly what a check-in made, untouched by the member.</summary>
    public bool IsUntouchedCheckIn => Source == LogEntrySource.CheckIn && DistanceKm is null && Duration is null && Effort is null && Note is null;

    private void Record(RunReport report, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Problems() is { Count: > 0 } problems)
        {
            throw new DomainException(problems[0].Message);
        }

        DistanceKm = report.DistanceKm;
        Duration = report.Duration;
        Effort = report.Effort;
        Note = string.IsNullOrWhiteSpace(report.Note) ? null : report.Note.Trim();
        Source = LogEntrySource.Member;
        UpdatedUtc = nowUtc;
    }

    private static string CleanTitle(string title) =>
        string.IsNullOrWhiteSpace(title) ? "Another run" : title.Trim().Length > 120 ? title.Trim()[..120] : title.Trim();
}
