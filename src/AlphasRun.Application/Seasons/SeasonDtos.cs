using AlphasRun.Application.GroupRuns;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Seasons;

namespace AlphasRun.Application.Seasons;

/// <summary>"My off-season": the form's current values, and the season once a last race is entered.</summary>
public sealed record MySeasonDto(SeasonProfileForm Form, SeasonReportDto? Season);

/// <summary>A member's season week by week, with what they logged; what the member and (with consent) coaches read.</summary>
/// <remarks>
/// <para>BuildUpWeeks: How many weeks before the goal race are build-up (12 marathon, 8 half, 6 shorter), when a goal is set.</para>
/// <para>Streak: Consecutive off-season weeks on plan up to now.</para>
/// <para>Overdoing: This or last week's distance is more than 10% over the plan's maximum.</para>
/// <para>Drifting: The last two finished off-season weeks were both under half of plan.</para>
/// </remarks>
public sealed record SeasonReportDto(
    Guid RunnerId,
    string RunnerName,
    RaceDetails Race,
    DateOnly Today,
    DateOnly RecoveryEnds,
    DateOnly OffSeasonStarts,
    DateOnly? BuildUpStarts,
    int? BuildUpWeeks,
    string? PlanName,
    string? PlanSlug,
    bool SharesWithCoaches,
    IReadOnlyList<SeasonWeekDto> Weeks,
    int Streak,
    bool Overdoing,
    bool Drifting)
{
    public SeasonWeekDto? ThisWeek => Weeks.FirstOrDefault(w => w.IsCurrent);

    public IReadOnlyList<SeasonSessionDto> TodaysSessions => ThisWeek?.Sessions.Where(s => s.Date == Today).ToList() ?? [];
}

/// <summary>One Monday–Sunday week: planned band vs done, flags, sessions and other runs logged in it.</summary>
/// <remarks>
/// <para>Planned: The plan's range for the week (off-season weeks); null in recovery and build-up.</para>
/// <para>DoneKm: Kilometres logged; a check-in without a distance counts as the session's planned minimum (Estimated).</para>
/// </remarks>
public sealed record SeasonWeekDto(
    int Number,
    SeasonPhase Phase,
    int PhaseWeek,
    DateOnly Monday,
    DateOnly Sunday,
    int? PlanVersion,
    DistanceRange? Planned,
    decimal DoneKm,
    bool Estimated,
    bool Finished,
    bool IsCurrent,
    bool OnPlan,
    bool Overdoing,
    bool UnderHalf,
    bool Drifting,
    IReadOnlyList<SeasonSessionDto> Sessions,
    IReadOnlyList<LogEntryDto> OtherRuns)
{
    public string Title => Phase switch
    {
        SeasonPhase.Recovery => $"Recovery week {PhaseWeek}",
        SeasonPhase.OffSeason => $"Off-season week {PhaseWeek}",
        _ => $"Build-up week {PhaseWeek}",
    };
}

/// <summary>A planned session on its date, the crew run it is tied to (if any), and what the member logged for it.</summary>
public sealed record SeasonSessionDto(
    DateOnly Date,
    int Slot,
    SessionType Type,
    string Title,
    DistanceRange? Distance,
    string? Notes,
    string? Effort,
    SeasonCrewRunDto? CrewRun,
    LogEntryDto? Log);

/// <summary>The dated crew run a session is run at, and the member's place on it.</summary>
public sealed record SeasonCrewRunDto(Guid OccurrenceId, string Name, DateTime LocalStart, OccurrenceStatus Status, bool HasStarted, MyRegistrationDto? Registration);

/// <remarks>
/// <para>Planned: What was planned when it was logged (a later plan version never changes it).</para>
/// <para>PaceSecondsPerKm: Computed from distance and time.</para>
/// </remarks>
public sealed record LogEntryDto(
    Guid Id,
    DateOnly Date,
    LogEntryKind Kind,
    int? Slot,
    string Title,
    DistanceRange? Planned,
    decimal? DistanceKm,
    TimeSpan? Duration,
    int? PaceSecondsPerKm,
    int? Effort,
    string? Note,
    bool FromCheckIn)
{
    internal static LogEntryDto From(TrainingLogEntry e) =>
        new(e.Id, e.Date, e.Kind, e.Slot, e.Title, e.PlannedDistance, e.DistanceKm, e.Duration, e.PaceSecondsPerKm, e.Effort, e.Note, e.Source == LogEntrySource.CheckIn);
}

/// <summary>The training log as a CSV download.</summary>
public sealed record SeasonCsv(string FileName, string Content);
