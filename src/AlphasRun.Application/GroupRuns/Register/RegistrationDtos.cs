using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns;

/// <summary>What happened to a registration request.</summary>
public enum RegistrationOutcome
{
    Confirmed,
    Waitlisted,

    /// <summary>A standing registration skipped a date the runner opted out of.</summary>
    Skipped,
}

/// <summary>What a member's own cancellation undid, for "Undo".</summary>
public sealed record CancelOutcome(RegistrationStatus Was, DateTime CancelledUtc);

/// <summary>The caller's place on one run: confirmed, or waitlisted at a position.</summary>
public sealed record MyRegistrationDto(RegistrationStatus Status, int? WaitlistPosition, string? PaceGroup, bool FromStanding);

public sealed record PaceGroupCountDto(string PaceGroup, int Confirmed);

/// <summary>A suggested distance for this run from a published plan, e.g. "Marathon: medium run 10–12 km".</summary>
public sealed record SuggestedDistanceDto(string PlanSlug, string PlanName, string Audience, string Session, Domain.Common.DistanceRange Distance);

public sealed record RunDetailsDto(
    UpcomingRunDto Run,
    Guid ScheduleId,
    IReadOnlyList<string> PaceGroups,
    IReadOnlyList<PaceGroupCountDto> Counts,
    int WaitlistCount,
    IReadOnlyList<SuggestedDistanceDto> Suggestions,
    MyRegistrationDto? Mine,
    bool MyStandingForSchedule,
    string? DefaultPaceGroup,
    bool IsSignedIn);

public sealed record MyRunDto(UpcomingRunDto Run, MyRegistrationDto Registration, bool Attended);

public sealed record StandingDto(Guid ScheduleId, string ScheduleName, DayOfWeek Day, TimeOnly LocalStartTime, string? PaceGroup);

public sealed record MyRunsDto(IReadOnlyList<MyRunDto> Upcoming, IReadOnlyList<MyRunDto> Past, IReadOnlyList<StandingDto> Standing, string? CalendarToken, IReadOnlyList<ScheduleOptionDto> Schedules);

public sealed record ScheduleOptionDto(Guid Id, string Name, DayOfWeek Day, TimeOnly LocalStartTime, IReadOnlyList<string> PaceGroups, bool IsActive);
