using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Plans.Editing;

/// <summary>A row of the coaches' plan list.</summary>
public sealed record PlanListItemDto(
    Guid Id,
    string Name,
    string Slug,
    PlanAudience Audience,
    PlanStatus Status,
    int Weeks,
    DateTime UpdatedUtc,
    string UpdatedBy,
    int? LatestVersion,
    bool HasUnpublishedChanges);

/// <summary>Everything the editor page needs: the edit model plus read-only facts about the plan.</summary>
public sealed record PlanEditorDto(
    PlanEditModel Model,
    PlanStatus Status,
    DateTime UpdatedUtc,
    string UpdatedBy,
    bool HasUnpublishedChanges,
    IReadOnlyList<PlanVersionDto> Versions,
    IReadOnlyList<CrewRunOption> CrewRuns);

public sealed record PlanVersionDto(int Number, DateTime PublishedUtc, string PublishedBy, string ChangeSummary);

/// <summary>A weekly group run a session can be linked to ("run it with the crew").</summary>
public sealed record CrewRunOption(Guid Id, string Label, DayOfWeek Day);

/// <summary>After a save: the plan's new token (the editor keeps editing with it).</summary>
public sealed record PlanSavedDto(Guid ConcurrencyToken, DateTime UpdatedUtc, string UpdatedBy);
