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

/// <summary>A member's own cancellation: who got the freed place, and what the cancellation undid (for "Undo").</summary>
public sealed record CancelOutcome(Promotion? Promoted, RegistrationStatus Was, DateTime CancelledUtc);

/// <summary>One runner asking for a place on one run.</summary>
public sealed record RegisterRequest(Guid RunnerId, Guid OccurrenceId, string? PaceGroup, bool FromStanding);

internal sealed record RunFacts(Guid Id, OccurrenceStatus Status, DateTime StartUtc, int? Capacity, int ConfirmedCount, IReadOnlyList<string> PaceGroups);

/// <summary>
/// The one place registrations are written. Capacity is enforced by the database: inside one
/// transaction a conditional UPDATE bumps the run's confirmed counter only while it is below the
/// capacity, and the registration row is written as confirmed only when that UPDATE changed a row.
/// The unique index on (run, runner) stops duplicates. No authorization here: callers check first.
/// </summary>
public sealed class RegistrationWriter(IAlphasRunDbFactory dbFactory, ClubClock clock, IWriteGate gate, RegistrationBatcher batcher)
{
    /// <summary>Queues the request; a burst of them is written in batches, each answered with its own outcome.</summary>
    internal Task<Result<RegistrationOutcome>> RegisterAsync(Guid runnerId, Guid occurrenceId, string? paceGroup, bool fromStanding, CancellationToken cancellationToken) =>
        batcher.EnqueueAsync(new RegisterRequest(runnerId, occurrenceId, paceGroup, fromStanding), this, cancellationToken);

    internal Task<Result<CancelOutcome>> CancelAsync(Guid runnerId, Guid occurrenceId, CancellationToken cancellationToken) =>
        WriteRetry.RunAsync(() => CancelOnceAsync(runnerId, occurrenceId, cancellationToken), cancellationToken);

    /// <summary>
    /// Takes back a cancellation made moments ago, if the registration has not changed since. A confirmed place
    /// comes back while there is still room (the same conditional UPDATE as registering), otherwise the member
    /// joins the end of the waitlist. A waitlisted member gets their old place in the queue back, unless
    /// someone was promoted meanwhile: then they queue again at the end, behind those who waited.
    /// </summary>
    internal Task<Result<RegistrationOutcome>> RestoreAsync(Guid runnerId, Guid occurrenceId, RegistrationStatus was, DateTime cancelledUtc, CancellationToken cancellationToken) =>
        WriteRetry.RunAsync(
            async () =>
            {
                await using var db = await dbFactory.CreateAsync(cancellationToken);
                await using var turn = await gate.EnterAsync(cancellationToken);
                var now = clock.UtcNow;
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var registration = await db.Registrations.SingleOrDefaultAsync(r => r.OccurrenceId == occurrenceId && r.RunnerId == runnerId, cancellationToken);
                if (registration is not { Status: RegistrationStatus.Cancelled } || registration.UpdatedUtc != cancelledUtc)
                {
                    return Result<RegistrationOutcome>.Fail("There is nothing to undo any more.");
                }

                var run = await db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == occurrenceId)
                    .Select(o => new { o.StartUtc, o.Status }).SingleAsync(cancellationToken);
                if (now >= run.StartUtc || run.Status != OccurrenceStatus.Scheduled)
                {
                    return Result<RegistrationOutcome>.Fail("This run has started or was cancelled, so it can't be undone.");
                }

                RegistrationStatus status;
                var queueNumber = registration.QueueNumber;
                if (was == RegistrationStatus.Confirmed && await TakePlacesAsync(db, occurrenceId, 1, cancellationToken))
                {
                    status = RegistrationStatus.Confirmed;
                }
                else
                {
                    status = RegistrationStatus.Waitlisted;
                    var promotedSince = await db.Registrations.AnyAsync(
                        r => r.OccurrenceId == occurrenceId && r.Status == RegistrationStatus.Confirmed && r.CreatedUtc <= cancelledUtc && r.UpdatedUtc > cancelledUtc,
                        cancellationToken);
                    if (was == RegistrationStatus.Confirmed || promotedSince)
                    {
                        queueNumber = await db.Registrations.Where(r => r.OccurrenceId == occurrenceId).MaxAsync(r => r.QueueNumber, cancellationToken) + 1;
                    }
                }

                registration.Reactivate(status, registration.PaceGroup, now, registration.FromStanding, queueNumber);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return Result<RegistrationOutcome>.Ok(status == RegistrationStatus.Confirmed ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waitlisted);
            },
            cancellationToken);

    /// <summary>Fills free places from the waitlist, first come first served (after a cancellation or a capacity rise).</summary>
    internal Task<List<Promotion>> FillFromWaitlistAsync(Guid occurrenceId, CancellationToken cancellationToken) =>
        WriteRetry.RunAsync(
            async () =>
            {
                await using var turn = await gate.EnterAsync(cancellationToken);
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

    /// <summary>One request on its own: used when a batch fails as a whole, so each request gets its own answer.</summary>
    internal async Task<Result<RegistrationOutcome>> RegisterOnceAsync(RegisterRequest request, CancellationToken cancellationToken) =>
        (await RegisterBatchAsync([request], cancellationToken))[0];

    /// <summary>
    /// Writes requests in one transaction and one commit (group commit): under a burst, SQLite's single
    /// writer does one commit for the lot instead of one each. Places are handed out in arrival order
    /// against the counter read inside the transaction, and the counter is then raised by a conditional
    /// UPDATE that only succeeds while it stays within the capacity, so the database has the last word:
    /// if it refuses, the whole transaction rolls back.
    /// </summary>
    internal async Task<Result<RegistrationOutcome>[]> RegisterBatchAsync(IReadOnlyList<RegisterRequest> requests, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        await using var turn = await gate.EnterAsync(cancellationToken);

        // SQLite: BEGIN IMMEDIATE, so the transaction holds the write lock from its first statement.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.UtcNow;
        var runIds = requests.Select(r => r.OccurrenceId).Distinct().ToList();
        var runnerIds = requests.Select(r => r.RunnerId).Distinct().ToList();
        var runs = await db.GroupRunOccurrences.AsNoTracking()
            .Where(o => runIds.Contains(o.Id))
            .Select(o => new RunFacts(o.Id, o.Status, o.StartUtc, o.Capacity, o.ConfirmedCount, o.Schedule!.PaceGroups))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var registrations = await db.Registrations
            .Where(r => runIds.Contains(r.OccurrenceId) && r.RunnerId != null && runnerIds.Contains(r.RunnerId.Value))
            .ToListAsync(cancellationToken);
        var lastQueueNumber = await db.Registrations
            .Where(r => runIds.Contains(r.OccurrenceId))
            .GroupBy(r => r.OccurrenceId)
            .Select(g => new { g.Key, Last = g.Max(r => r.QueueNumber) })
            .ToDictionaryAsync(g => g.Key, g => g.Last, cancellationToken);
        var placesTaken = new Dictionary<Guid, int>();

        var results = new Result<RegistrationOutcome>[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var (runnerId, occurrenceId, paceGroup, fromStanding) = requests[i];
            var run = runs.GetValueOrDefault(occurrenceId);
            if (Refusal(run, paceGroup, now) is { } refusal)
            {
                results[i] = refusal;
                continue;
            }

            var existing = registrations.FirstOrDefault(r => r.OccurrenceId == occurrenceId && r.RunnerId == runnerId);
            if (existing is { IsActive: true })
            {
                results[i] = Result<RegistrationOutcome>.Ok(existing.Status == RegistrationStatus.Confirmed ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waitlisted);
                continue;
            }

            if (fromStanding && existing is not null)
            {
                // The runner opted out of this date; a standing registration respects that.
                results[i] = Result<RegistrationOutcome>.Ok(RegistrationOutcome.Skipped);
                continue;
            }

            var taken = placesTaken.GetValueOrDefault(occurrenceId);
            var confirmed = run!.Capacity is not { } capacity || run.ConfirmedCount + taken < capacity;
            if (confirmed)
            {
                placesTaken[occurrenceId] = taken + 1;
            }

            var status = confirmed ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
            var queueNumber = lastQueueNumber[occurrenceId] = lastQueueNumber.GetValueOrDefault(occurrenceId) + 1;
            if (existing is null)
            {
                var registration = new Registration(Guid.NewGuid(), occurrenceId, runnerId, status, paceGroup, now, fromStanding, queueNumber);
                db.Registrations.Add(registration);
                registrations.Add(registration);
            }
            else
            {
                existing.Reactivate(status, paceGroup, now, fromStanding, queueNumber);
            }

            results[i] = Result<RegistrationOutcome>.Ok(confirmed ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waitlisted);
        }

        foreach (var (occurrenceId, taken) in placesTaken)
        {
            if (!await TakePlacesAsync(db, occurrenceId, taken, cancellationToken))
            {
                throw new InvalidOperationException("The run's capacity changed during registration; the batch is rolled back.");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    private static Result<RegistrationOutcome>? Refusal(RunFacts? run, string? paceGroup, DateTime now)
    {
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

        return null;
    }

    private async Task<Result<CancelOutcome>> CancelOnceAsync(Guid runnerId, Guid occurrenceId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        await using var turn = await gate.EnterAsync(cancellationToken);
        var now = clock.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.OccurrenceId == occurrenceId && r.RunnerId == runnerId, cancellationToken);
        if (registration is not { IsActive: true })
        {
            return Result<CancelOutcome>.NotFound("You're not registered for this run.");
        }

        var startUtc = await db.GroupRunOccurrences.Where(o => o.Id == occurrenceId).Select(o => o.StartUtc).SingleAsync(cancellationToken);
        if (now >= startUtc)
        {
            return Result<CancelOutcome>.Fail("This run has started, so it can no longer be cancelled.");
        }

        var was = registration.Status;
        var wasConfirmed = was == RegistrationStatus.Confirmed;
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
        return Result<CancelOutcome>.Ok(new CancelOutcome(promoted, was, registration.UpdatedUtc));
    }

    /// <summary>The conditional counter update: true when the places were free and are now taken.</summary>
    private static async Task<bool> TakePlacesAsync(IAlphasRunDb db, Guid occurrenceId, int places, CancellationToken cancellationToken) =>
        await db.GroupRunOccurrences
            .Where(o => o.Id == occurrenceId && o.Status == OccurrenceStatus.Scheduled && (o.Capacity == null || o.ConfirmedCount + places <= o.Capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ConfirmedCount, o => o.ConfirmedCount + places), cancellationToken) == 1;

    private static async Task<Promotion?> PromoteNextAsync(IAlphasRunDb db, Guid occurrenceId, DateTime now, CancellationToken cancellationToken)
    {
        var next = await db.Registrations
            .Where(r => r.OccurrenceId == occurrenceId && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.QueueNumber)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null || !await TakePlacesAsync(db, occurrenceId, 1, cancellationToken))
        {
            return null;
        }

        next.Promote(now);
        await db.SaveChangesAsync(cancellationToken);
        return new Promotion(next.RunnerId!.Value, occurrenceId);
    }
}
