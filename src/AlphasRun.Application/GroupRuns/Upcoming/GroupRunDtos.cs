using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns;

/// <summary>A dated crew run as a runner reads it; <see cref="LocalStart"/> is in the club's time zone.</summary>
public sealed record UpcomingRunDto(
    Guid Id,
    string Name,
    DateTime LocalStart,
    DateTime StartUtc,
    string LocationName,
    string LocationAddress,
    string MapUrl,
    OccurrenceStatus Status,
    string? CancellationReason,
    int? Capacity,
    int ConfirmedCount);
