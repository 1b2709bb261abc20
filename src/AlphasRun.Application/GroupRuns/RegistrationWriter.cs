using AlphasRun.Application.Common;
using AlphasRun.Domain.GroupRuns;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>What happened to a registration request.</summary>
public enum RegistrationOutcome
{
    Confirmed,
    Waitlisted,

    /// <summary>A standing registration skipped a date the runner opted out of.</summary>
    Skipped,
}

/// <summary>A runner promoted from the waitlist, to be told by email.</summary>
public sealed record Promotion(Guid RunnerId, Guid OccurrenceId);

/// <summary>
/// The one place registrations are written. Capacity is enforced by the database: inside one
/// transaction a conditional UPDATE bumps the run's confirmed counter only while it is below the
/// capacity, and the registration row is written as confirmed only when that UPDATE changed a row.
/// The unique index on (run, runner) stops duplicates. No authorization here: callers check first.
/// </summary>
public sealed class RegistrationWriter(IAlphasRunDbFactory dbFactory, ClubClock clock)
{
    internal Task<Result<RegistrationOutcome>> RegisterAsync(Guid runnerId, Guid occurrenceId, string? paceGroup, bool fromStanding, CancellationToken cancellationToken) =>
        WriteRetry.RunAsync(() => RegisterOnceAsync(runnerId, occurrenceId, paceGroup, fromStanding, cancellationToken), cancellationToken);

    internal Task<Result<Promotion?>> CancelAsync(Guid runnerId, Guid occurrenceId, CancellationToken cancellationToken) =>
        WriteRetry.RunAsync(() => CancelOnceAsync(runnerId, occurrenceId, cancellationToken), cancellationToken);

    /// <summary>Fills free places from the waitlist, first come first served (after a cancellation or a capacity rise).</summary>
    internal Task<List<Promotion>> FillFromWaitlistAsync(Guid occurrenceId, CancellationToken cancellationToken) =>
        WriteRetry.RunAsync(
            async () =>
            {
                await using var db = await dbFactory.CreateAsync(cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var promoted = new List<Promotion>();
                while (await PromoteNextAsync(db, occurrenceId, clock.UtcNow, cancellationToken) is { } next)
                {
                    promoted.Add(next);
                }

                await transaction.CommitAsync(cancellationToken);
                return promoted;
            },
            cancellationToken);

    private async Task<Result<RegistrationOutcome>> RegisterOnceAsync(Guid runnerId, Guid occurrenceId, string? paceGroup, bool fromStanding, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await using var db = await dbFactory.CreateAsync(cancellationToken);

        // SQLite: BEGIN IMMEDIATE, so writers queue here instead of failing when they upgrade a read lock.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = await db.GroupRunOccurrences.AsNoTracking()
            .Where(o => o.Id == occurrenceId)
            .Select(o => new { o.Status, o.StartUtc, o.Schedule!.PaceGroups })
            .SingleOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return Result<RegistrationOutcome>.NotFound("There is no such run.");
        }

        if (run.Status == OccurrenceStatus.Cancelled)
        {
            return Result<RegistrationOutcome>.Fail("This run is cancelled, so registration is closed.");
        }

        if (now >= run.StartUtc)
        {
            return Result<RegistrationOutcome>.Fail("Registration closed when the run started.");
        }

        if (run.PaceGroups.Count > 0 && paceGroup is not null && !run.PaceGroups.Contains(paceGroup))
        {
            return Result<RegistrationOutcome>.Fail($"There is no {paceGroup} pace group on this run; choose one of {string.Join(", ", run.PaceGroups)}.", "PaceGroup");
        }

        var existing = await db.Registrations.SingleOrDefaultAsync(r => r.OccurrenceId == occurrenceId && r.RunnerId == runnerId, cancellationToken);
        if (existing is { IsActive: true })
        {
            return Result<RegistrationOutcome>.Ok(existing.Status == RegistrationStatus.Confirmed ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waitlisted);
        }

        if (fromStanding && existing is not null)
        {
            // The runner opted out of this date; a standing registration respects that.
            return Result<RegistrationOutcome>.Ok(RegistrationOutcome.Skipped);
        }

        var confirmed = await TakePlaceAsync(db, occurrenceId, cancellationToken);
        var status = confirmed ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
        var queueNumber = 1 + (await db.Registrations.Where(r => r.OccurrenceId == occurrenceId).MaxAsync(r => (long?)r.QueueNumber, cancellationToken) ?? 0);
        if (existing is null)
        {
            db.Registrations.Add(new Registration(Guid.NewGuid(), occurrenceId, runnerId, status, paceGroup, now, fromStanding, queueNumber));
        }
        else
        {
            existing.Reactivate(status, paceGroup, now, fromStanding, queueNumber);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<RegistrationOutcome>.Ok(confirmed ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waitlisted);
    }

    private async Task<Result<Promotion?>> CancelOnceAsync(Guid runnerId, Guid occurrenceId, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.OccurrenceId == occurrenceId && r.RunnerId == runnerId, cancellationToken);
        if (registration is not { IsActive: true })
        {
            return Result<Promotion?>.NotFound("You're not registered for this run.");
        }

        var startUtc = await db.GroupRunOccurrences.Where(o => o.Id == occurrenceId).Select(o => o.StartUtc).SingleAsync(cancellationToken);
        if (now >= startUtc)
        {
            return Result<Promotion?>.Fail("This run has started, so it can no longer be cancelled.");
        }

        var wasConfirmed = registration.Status == RegistrationStatus.Confirmed;
        registration.Cancel(now);
        await db.SaveChangesAsync(cancellationToken);

        Promotion? promoted = null;
        if (wasConfirmed)
        {
            await db.GroupRunOccurrences.Where(o => o.Id == occurrenceId && o.ConfirmedCount > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.ConfirmedCount, o => o.ConfirmedCount - 1), cancellationToken);
            promoted = await PromoteNextAsync(db, occurrenceId, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Result<Promotion?>.Ok(promoted);
    }

    /// <summary>The conditional counter update: true when a place was free and is now taken.</summary>
    private static async Task<bool> TakePlaceAsync(IAlphasRunDb db, Guid occurrenceId, CancellationToken cancellationToken) =>
        await db.GroupRunOccurrences
            .Where(o => o.Id == occurrenceId && o.Status == OccurrenceStatus.Scheduled && (o.Capacity == null || o.ConfirmedCount < o.Capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ConfirmedCount, o => o.ConfirmedCount + 1), cancellationToken) == 1;

    private static async Task<Promotion?> PromoteNextAsync(IAlphasRunDb db, Guid occurrenceId, DateTime now, CancellationToken cancellationToken)
    {
        var next = await db.Registrations
            .Where(r => r.OccurrenceId == occurrenceId && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.QueueNumber)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null || !await TakePlaceAsync(db, occurrenceId, cancellationToken))
        {
            return null;
        }

        next.Promote(now);
        await db.SaveChangesAsync(cancellationToken);
        return new Promotion(next.RunnerId!.Value, occurrenceId);
    }
}
