using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Plans;

public sealed record PlanSummaryDto(string Slug, string Name, PlanAudience Audience, string Summary, DistanceRange? WeekTotal, int Weeks);

/// <summary>The latest published version; <see cref="ChangeSummary"/> says what it changed, from version 2 on.</summary>
public sealed record PublishedPlanDto(
    string Slug,
    string Name,
    PlanAudience Audience,
    string DescriptionHtml,
    int VersionNumber,
    DateTime PublishedUtc,
    IReadOnlyList<PlanWeekDto> Weeks,
    string? ChangeSummary = null);

public sealed record PlanWeekDto(int Number, DistanceRange? Total, IReadOnlyList<PlanDayDto> Days);

public sealed record PlanDayDto(DayOfWeek Day, IReadOnlyList<PlanSessionDto> Sessions);

/// <summary>A session as runners read it; <see cref="CrewRun"/> is set when the crew runs it together.</summary>
public sealed record PlanSessionDto(SessionType Type, string Title, DistanceRange? Distance, string? Notes, CrewRunDto? CrewRun, string? Effort = null);

/// <summary>"Run it with the crew": when and where.</summary>
public sealed record CrewRunDto(string ScheduleName, DayOfWeek Day, TimeOnly LocalStartTime, string LocationName);
