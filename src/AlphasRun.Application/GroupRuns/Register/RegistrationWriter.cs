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

/// <summary>What a member's own cancellation undid, for "Undo".</summary>
public sealed record CancelOutcome(RegistrationStatus Was, DateTime CancelledUtc);

internal sealed record RunFacts(Guid Id, OccurrenceStatus Status, DateTime StartUtc, IReadOnlyList<string> PaceGroups);

/// <summary>
/// The one place registrations are written; correct with any number of app instances because the
/// database has the last word. Inside one transaction a conditional UPDATE raises the run's confirmed
/// counter only while it is below the capacity: when the database refuses, the runner joins the
/// waitlist instead (never an error). Queue numbers come from a counter on the same run row, and unique
/// indexes on (run, runner) and (run, queue number) stop duplicates. A write that loses a race is run
/// again by <see cref="WriteResilience"/>. No authorization here: callers check first.
/// </summary>
public sealed class RegistrationWriter(IAlphasRunDbFactory dbFactory, ClubClock clock, WriteResilience resilience)
{
    internal async Task<Result<RegistrationOutcome>> RegisterAsync(Guid runnerId, Guid occurrenceId, string? paceGroup, bool fromStanding, CancellationToken cancellationToken) =>
        await resilience.RunAsync(ct => RegisterOnceAsync(runnerId, occurrenceId, paceGroup, fromStanding, ct), cancellationToken);

    /// <summary>Cancels the runner's place; a confirmed place goes to the first runner waiting, in the same transaction.</summary>
    internal async Task<Result<CancelOutcome>> CancelAsync(Guid runnerId, Guid occurrenceId, CancellationToken cancellationToken) =>
        await resilience.RunAsync(ct => CancelOnceAsync(runnerId, occurrenceId, ct), cancellationToken);

    /// <summary>
    /// Takes back a cancellation made moments ago, if the registration has not changed since. A confirmed place
    /// comes back while there is still room (the same conditional UPDATE as registering), otherwise the member
    /// joins the end of the waitlist. A waitlisted member gets their old place in the queue back, unless
    /// someone was promoted meanwhile: then they queue again at the end, behind those who waited.
    /// </summary>
    internal async Task<Result<RegistrationOutcome>> RestoreAsync(Guid runnerId, Guid occurrenceId, RegistrationStatus was, DateTime cancelledUtc, CancellationToken cancellationToken) =>
        await resilience.RunAsync(ct => RestoreOnceAsync(runnerId, occurrenceId, was, cancelledUtc, ct), cancellationToken);

    private async Task<Result<RegistrationOutcome>> RestoreOnceAsync(Guid runnerId, Guid occurrenceId, RegistrationStatus was, DateTime cancelledUtc, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var now = clock.UtcNow;
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

        var status = RegistrationStatus.Waitlisted;
        var queueNumber = registration.QueueNumber;
        if (was == RegistrationStatus.Confirmed && await TakePlaceAsync(db, occurrenceId, cancellationToken))
        {
            status = RegistrationStatus.Confirmed;
        }
        else
        {
            var promotedSince = await db.Registrations.AnyAsync(
                r => r.OccurrenceId == occurrenceId && r.Status == RegistrationStatus.Confirmed && r.CreatedUtc <= cancelledUtc && r.UpdatedUtc > cancelledUtc,
                cancellationToken);
            if (was == RegistrationStatus.Confirmed || promotedSince)
            {
                if (!await TakeQueueNumberAsync(db, occurrenceId, cancellationToken))
                {
                    return Result<RegistrationOutcome>.Fail("This run was cancelled, so it can't be undone.");
                }

                queueNumber = await db.GroupRunOccurrences.Where(o => o.Id == occurrenceId).Select(o => o.LastQueueNumber).SingleAsync(cancellationToken);
            }
        }

        registration.Reactivate(status, registration.PaceGroup, now, registration.FromStanding, queueNumber);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<RegistrationOutcome>.Ok(status == RegistrationStatus.Confirmed ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waitlisted);
    }

    private async Task<Result<RegistrationOutcome>> RegisterOnceAsync(Guid runnerId, Guid occurrenceId, string? paceGroup, bool fromStanding, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var now = clock.UtcNow;
        var run = await db.GroupRunOccurrences.AsNoTracking()
            .Where(o => o.Id == occurrenceId)
            .Select(o => new RunFacts(o.Id, o.Status, o.StartUtc, o.Schedule!.PaceGroups))
            .SingleOrDefaultAsync(cancellationToken);
        if (Refusal(run, paceGroup, now) is { } refusal)
        {
            return refusal;
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

        // The row lock (PostgreSQL) or the write lock (SQLite) is taken here and held to the commit, so
        // the statements that follow are short. A refused conditional update is the waitlist path.
        var confirmed = await TakePlaceAsync(db, occurrenceId, cancellationToken);
        if (!confirmed && !await TakeQueueNumberAsync(db, occurrenceId, cancellationToken))
        {
            return Result<RegistrationOutcome>.Fail("This run is cancelled, so registration is closed.");
        }

        var queueNumber = await db.GroupRunOccurrences.Where(o => o.Id == occurrenceId).Select(o => o.LastQueueNumber).SingleAsync(cancellationToken);
        var status = confirmed ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
        if (existing is null)
        {
            db.Registrations.Add(new Registration(Guid.NewGuid(), occurrenceId, runnerId, status, paceGroup, now, fromStanding, queueNumber));
        }
        else
        {
            existing.Reactivate(status, paceGroup, now, fromStanding, queueNumber);
        }

        if (!fromStanding)
        {
            // The confirmation, in the same transaction as the place. "Every Tuesday" sends one email for all
            // its dates instead (see StartStandingAsync); dates added later by the schedule send none.
            db.OutboxMessages.Add(Notifications.OutboxMessage.Registered(runnerId, occurrenceId, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<RegistrationOutcome>.Ok(confirmed ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waitlisted);
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
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var now = clock.UtcNow;
        var registration = await db.Registrations.AsNoTracking()
            .Where(r => r.OccurrenceId == occurrenceId && r.RunnerId == runnerId)
            .Select(r => new { r.Id, r.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (registration is null || registration.Status is not (RegistrationStatus.Confirmed or RegistrationStatus.Waitlisted))
        {
            return Result<CancelOutcome>.NotFound("You're not registered for this run.");
        }

        var startUtc = await db.GroupRunOccurrences.Where(o => o.Id == occurrenceId).Select(o => o.StartUtc).SingleAsync(cancellationToken);
        if (now >= startUtc)
        {
            return Result<CancelOutcome>.Fail("This run has started, so it can no longer be cancelled.");
        }

        // Conditional on the status read above: of two racing cancellations (or a cancellation racing a
        // promotion) exactly one changes the row; the other runs again and answers from the new state.
        var cancelled = await db.Registrations
            .Where(r => r.Id == registration.Id && r.Status == registration.Status)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Cancelled).SetProperty(r => r.UpdatedUtc, now), cancellationToken);
        if (cancelled == 0)
        {
            throw new WriteConflictException();
        }

        if (registration.Status == RegistrationStatus.Confirmed)
        {
            await db.GroupRunOccurrences.Where(o => o.Id == occurrenceId && o.ConfirmedCount > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.ConfirmedCount, o => o.ConfirmedCount - 1), cancellationToken);
            await Waitlist.PromoteNextAsync(db, occurrenceId, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<CancelOutcome>.Ok(new CancelOutcome(registration.Status, now));
    }

    /// <summary>The conditional counter update: true when a place was free and is now taken (and a queue number with it).</summary>
    internal static async Task<bool> TakePlaceAsync(IAlphasRunDb db, Guid occurrenceId, CancellationToken cancellationToken) =>
        await db.GroupRunOccurrences
            .Where(o => o.Id == occurrenceId && o.Status == OccurrenceStatus.Scheduled && (o.Capacity == null || o.ConfirmedCount < o.Capacity))
            .ExecuteUpdateAsync(
                s => s.SetProperty(o => o.ConfirmedCount, o => o.ConfirmedCount + 1).SetProperty(o => o.LastQueueNumber, o => o.LastQueueNumber + 1),
                cancellationToken) == 1;

    private static async Task<bool> TakeQueueNumberAsync(IAlphasRunDb db, Guid occurrenceId, CancellationToken cancellationToken) =>
        await db.GroupRunOccurrences
            .Where(o => o.Id == occurrenceId && o.Status == OccurrenceStatus.Scheduled)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LastQueueNumber, o => o.LastQueueNumber + 1), cancellationToken) == 1;
}
