using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Runners;

namespace AlphasRun.Application.GroupRuns;

/// <summary>A member's own places on runs, as the run lists, a run's page, My runs and the season show them.</summary>
internal static class RunPlaces
{
    /// <summary>The caller's runner profile, or null for anonymous callers (and accounts without one).</summary>
    public static async Task<Runner?> RunnerAsync(IAlphasRunDb db, Caller caller, CancellationToken cancellationToken) =>
        caller.UserId is { } userId
            ? await db.Runners.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId, cancellationToken)
            : null;

    /// <summary>The runner's registration on each of these runs they hold a place on (or wait for), with their waitlist position.</summary>
    public static async Task<Dictionary<Guid, MyRegistrationDto>> StatusesAsync(IAlphasRunDb db, Guid runnerId, IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken)
    {
        var mine = await db.Registrations.AsNoTracking()
            .Where(r => r.RunnerId == runnerId && occurrenceIds.Contains(r.OccurrenceId)
                && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
            .ToListAsync(cancellationToken);
        var waitingRuns = mine.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.OccurrenceId).ToList();
        var queues = (await db.Registrations.AsNoTracking()
                .Where(r => waitingRuns.Contains(r.OccurrenceId) && r.Status == RegistrationStatus.Waitlisted)
                .Select(r => new { r.OccurrenceId, r.QueueNumber })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.OccurrenceId, r => r.QueueNumber);
        return mine.ToDictionary(
            r => r.OccurrenceId,
            r => new MyRegistrationDto(
                r.Status,
                r.Status == RegistrationStatus.Waitlisted ? 1 + queues[r.OccurrenceId].Count(q => q < r.QueueNumber) : null,
                r.PaceGroup,
                r.FromStanding));
    }
}
