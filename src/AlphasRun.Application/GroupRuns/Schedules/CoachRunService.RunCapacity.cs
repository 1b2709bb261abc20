using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

public sealed partial class CoachRunService
{
    /// <summary>
    /// Sets the places of one dated run only (two run leaders one Sunday: 20 places that day). One conditional
    /// UPDATE decides, so the places never drop below the runners already confirmed, however registrations race.
    /// </summary>
    public async Task<Result> SetRunCapacityAsync(Guid occurrenceId, int? capacity, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result.Forbidden();
        }

        if (capacity is < 1 or > ScheduleForm.MaxCapacity)
        {
            return Result.Fail($"Places: a number from 1 to {ScheduleForm.MaxCapacity}, or empty for no limit.", "Capacity");
        }

        var result = await resilience.RunAsync(ct => SetRunCapacityOnceAsync(occurrenceId, capacity, ct), cancellationToken);
        if (result.Succeeded)
        {
            await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        }

        return result;
    }

    private async Task<Result> SetRunCapacityOnceAsync(Guid occurrenceId, int? capacity, CancellationToken cancellationToken)
    {
        int? before;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            var run = await db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == occurrenceId)
                .Select(o => new { o.Capacity, o.StartUtc }).SingleOrDefaultAsync(cancellationToken);
            if (run is null)
            {
                return Result.NotFound("There is no such run.");
            }

            if (run.StartUtc <= clock.UtcNow)
            {
                return Result.Fail("This run has started, so its places can no longer change.");
            }

            before = run.Capacity;
            var changed = await db.GroupRunOccurrences
                .Where(o => o.Id == occurrenceId && (capacity == null || o.ConfirmedCount <= capacity))
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.Capacity, capacity), cancellationToken);
            if (changed == 0)
            {
                var confirmed = await db.GroupRunOccurrences.Where(o => o.Id == occurrenceId).Select(o => o.ConfirmedCount).SingleAsync(cancellationToken);
                return Result.Fail(
                    $"{confirmed} runners are already registered for this date, so it needs at least {confirmed} places. Nobody was moved to the waitlist.",
                    "Capacity");
            }

            // More room: the waitlist moves up in the same transaction (each promotion queues its email).
            if (capacity is null || capacity > before)
            {
                await Waitlist.FillAsync(db, occurrenceId, clock.UtcNow, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return Result.Ok();
    }
}
