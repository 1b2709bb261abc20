using AlphasRun.Application.Common;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Infrastructure.Scheduling;

/// <summary>
/// Daily work that must run once across all app instances: the first instance to move the job's
/// "last run" date to today (a conditional UPDATE, compare-and-set in the database) runs it; the
/// others see zero rows changed and skip. See docs/decisions/0007-scale-out.md.
/// </summary>
public sealed class OnceAcrossInstances(IDbContextFactory<AlphasRunDbContext> dbFactory, ClubClock clock)
{
    /// <summary>Names this process in the job rows, for whoever reads them.</summary>
    public static string InstanceName { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    public async Task<bool> TryClaimTodayAsync(string job, CancellationToken cancellationToken)
    {
        DateOnly? today = clock.Today;
        var now = clock.UtcNow;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ScheduledJobs
            .Where(j => j.Name == job && (j.LastRunDate == null || j.LastRunDate < today))
            .ExecuteUpdateAsync(
                s => s.SetProperty(j => j.LastRunDate, today).SetProperty(j => j.LastRunUtc, now).SetProperty(j => j.LastRunBy, InstanceName),
                cancellationToken) == 1;
    }
}
