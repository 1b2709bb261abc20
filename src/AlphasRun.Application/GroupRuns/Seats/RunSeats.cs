using AlphasRun.Application.Notifications;
using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns.Seats;

/// <summary>
/// The one place a run's places change: registering, cancelling, undoing a cancellation, promoting from the
/// waitlist, a coach changing the places, and walk-ins. Correct with any number of app instances because the
/// database has the last word (decisions 0005 and 0007):
/// <list type="bullet">
/// <item>a conditional UPDATE raises the run's confirmed counter only while it is below the capacity; when
/// the database refuses, the runner joins the waitlist instead (never an error);</item>
/// <item>queue numbers come from a counter on the same run row, and unique indexes on (run, runner) and
/// (run, queue number) stop duplicates;</item>
/// <item>a cancellation is conditional on the status it read, and the first runner waiting is promoted by a
/// conditional <c>Waitlisted → Confirmed</c> update in the same transaction, exactly once, with its email
/// queued in the outbox in that transaction;</item>
/// <item>a capacity change is <c>UPDATE … SET Capacity WHERE ConfirmedCount &lt;= capacity</c>, filling the
/// waitlist in the same transaction where the capacity rose.</item>
/// </list>
/// A write that loses a race is run again by <see cref="WriteResilience"/>. No authorization here: the
/// use-case pipeline has checked the caller before a handler calls this.
/// </summary>
public sealed class RunSeats(IAlphasRunDbFactory dbFactory, ClubClock clock, WriteResilience resilience)
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

    /// <summary>
    /// Sets the places of one dated run only. One conditional UPDATE decides, so the places never drop below the
    /// runners already confirmed, however registrations race; more room moves the waitlist up in the same transaction.
    /// </summary>
    internal async Task<Result> SetCapacityAsync(Guid occurrenceId, int? capacity, CancellationToken cancellationToken) =>
        await resilience.RunAsync(ct => SetCapacityOnceAsync(occurrenceId, capacity, ct), cancellationToken);

    /// <summary>
    /// A weekly run's new capacity for all its coming runs, inside the caller's transaction (the one that saves the
    /// schedule). Fails, naming the date, when a run already has more runners confirmed; the caller then rolls back.
    /// </summary>
    internal static async Task<Result> SetComingCapacityAsync(IAlphasRunDb db, Guid scheduleId, int? capacity, DateTime now, CancellationToken cancellationToken)
    {
        var coming = await db.GroupRunOccurrences.AsNoTracking()
            .Where(o => o.ScheduleId == scheduleId && o.StartUtc > now)
            .Select(o => new { o.Id, o.Capacity, o.LocalDate })
            .ToListAsync(cancellationToken);
        foreach (var run in coming)
        {
            if (await ChangeCapacityAsync(db, run.Id, run.Capacity, capacity, now, cancellationToken) is { } confirmed)
            {
                return Result.Fail($"{confirmed} runners are already confirmed for {run.LocalDate:MMMM d}; the capacity cannot be lower.", "Capacity");
            }
        }

        return Result.Ok();
    }

    /// <summary>
    /// A member is leaving the crew (their account is about to be deleted): their "every week" registrations end and
    /// every coming place or waitlist spot is cancelled exactly as they would cancel it themselves, so a confirmed place
    /// goes to the first runner waiting, with the email. Past runs are untouched: they stay as anonymous counts.
    /// </summary>
    internal async Task GiveBackEverythingAsync(Guid runnerId, CancellationToken cancellationToken)
    {
        List<Guid> coming;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            // First, so the daily generator adds no new dates for them in between.
            await db.StandingRegistrations.Where(s => s.RunnerId == runnerId).ExecuteDeleteAsync(cancellationToken);
            var now = clock.UtcNow;
            coming = await db.Registrations.AsNoTracking()
                .Where(r => r.RunnerId == runnerId && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
                .Join(db.GroupRunOccurrences.Where(o => o.StartUtc > now), r => r.OccurrenceId, o => o.Id, (r, o) => o.Id)
                .ToListAsync(cancellationToken);
        }

        foreach (var occurrenceId in coming)
        {
            // A run that starts meanwhile refuses the cancellation: it is past, and stays as an anonymous count.
            await CancelAsync(runnerId, occurrenceId, cancellationToken);
        }
    }

    /// <summary>Someone turned up without registering: on the roster, checked in, outside the counted places and the queue.</summary>
    internal async Task<Result> AddWalkInAsync(Guid occurrenceId, string name, string? paceGroup, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var run = await db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == occurrenceId)
            .Select(o => new { o.Status, o.Schedule!.PaceGroups }).SingleOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return Result.NotFound("There is no such run.");
        }

        if (run.Status == OccurrenceStatus.Cancelled)
        {
            return Result.Fail("This run is cancelled.");
        }

        if (paceGroup is not null && !run.PaceGroups.Contains(paceGroup))
        {
            return Result.Fail($"There is no {paceGroup} pace group on this run.", "PaceGroup");
        }

        db.Registrations.Add(Registration.WalkIn(Guid.NewGuid(), occurrenceId, name, paceGroup, clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
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

        var queueNumber = await LastQueueNumberAsync(db, occurrenceId, cancellationToken);
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
            // its dates instead (see StartSeries); dates added later by the schedule send none.
            db.OutboxMessages.Add(OutboxMessage.Registered(runnerId, occurrenceId, now));
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
            await GiveBackPlaceAsync(db, occurrenceId, cancellationToken);
            await PromoteNextAsync(db, occurrenceId, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<CancelOutcome>.Ok(new CancelOutcome(registration.Status, now));
    }

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

                queueNumber = await LastQueueNumberAsync(db, occurrenceId, cancellationToken);
            }
        }

        registration.Reactivate(status, registration.PaceGroup, now, registration.FromStanding, queueNumber);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<RegistrationOutcome>.Ok(status == RegistrationStatus.Confirmed ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waitlisted);
    }

    private async Task<Result> SetCapacityOnceAsync(Guid occurrenceId, int? capacity, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
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

        if (await ChangeCapacityAsync(db, occurrenceId, run.Capacity, capacity, clock.UtcNow, cancellationToken) is { } confirmed)
        {
            return Result.Fail(
                $"{confirmed} runners are already registered for this date, so it needs at least {confirmed} places. Nobody was moved to the waitlist.",
                "Capacity");
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>
    /// The conditional capacity update, then the waitlist moves up where the capacity rose (each promotion queues
    /// its email). Null when done; the number of runners confirmed when the new capacity is below it (nothing changed).
    /// </summary>
    private static async Task<int?> ChangeCapacityAsync(IAlphasRunDb db, Guid occurrenceId, int? before, int? capacity, DateTime now, CancellationToken cancellationToken)
    {
        var changed = await db.GroupRunOccurrences
            .Where(o => o.Id == occurrenceId && (capacity == null || o.ConfirmedCount <= capacity))
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.Capacity, capacity), cancellationToken);
        if (changed == 0)
        {
            return await db.GroupRunOccurrences.Where(o => o.Id == occurrenceId).Select(o => o.ConfirmedCount).SingleAsync(cancellationToken);
        }

        if (capacity is null || capacity > before)
        {
            while (await PromoteNextAsync(db, occurrenceId, now, cancellationToken))
            {
                // One more runner off the waitlist; look for the next free place.
            }
        }

        return null;
    }

    /// <summary>Promotes the first runner waiting if there is room, exactly once; false when nobody was promoted.</summary>
    private static async Task<bool> PromoteNextAsync(IAlphasRunDb db, Guid occurrenceId, DateTime now, CancellationToken cancellationToken)
    {
        while (true)
        {
            var next = await db.Registrations.AsNoTracking()
                .Where(r => r.OccurrenceId == occurrenceId && r.Status == RegistrationStatus.Waitlisted)
                .OrderBy(r => r.QueueNumber)
                .Select(r => new { r.Id, r.RunnerId })
                .FirstOrDefaultAsync(cancellationToken);
            if (next is null || !await TakePlaceForPromotionAsync(db, occurrenceId, cancellationToken))
            {
                return false;
            }

            var promoted = await db.Registrations
                .Where(r => r.Id == next.Id && r.Status == RegistrationStatus.Waitlisted)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Confirmed).SetProperty(r => r.UpdatedUtc, now), cancellationToken);
            if (promoted == 1)
            {
                db.OutboxMessages.Add(OutboxMessage.Promoted(next.RunnerId!.Value, occurrenceId, now));
                return true;
            }

            // That runner left the waitlist a moment ago: hand the place back and look again.
            await GiveBackPlaceAsync(db, occurrenceId, cancellationToken);
        }
    }

    /// <summary>The conditional counter update: true when a place was free and is now taken (and a queue number with it).</summary>
    private static async Task<bool> TakePlaceAsync(IAlphasRunDb db, Guid occurrenceId, CancellationToken cancellationToken) =>
        await db.GroupRunOccurrences
            .Where(o => o.Id == occurrenceId && o.Status == OccurrenceStatus.Scheduled && (o.Capacity == null || o.ConfirmedCount < o.Capacity))
            .ExecuteUpdateAsync(
                s => s.SetProperty(o => o.ConfirmedCount, o => o.ConfirmedCount + 1).SetProperty(o => o.LastQueueNumber, o => o.LastQueueNumber + 1),
                cancellationToken) == 1;

    /// <summary>The same conditional counter update for a runner already in the queue: they keep their queue number.</summary>
    private static async Task<bool> TakePlaceForPromotionAsync(IAlphasRunDb db, Guid occurrenceId, CancellationToken cancellationToken) =>
        await db.GroupRunOccurrences
            .Where(o => o.Id == occurrenceId && o.Status == OccurrenceStatus.Scheduled && (o.Capacity == null || o.ConfirmedCount < o.Capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ConfirmedCount, o => o.ConfirmedCount + 1), cancellationToken) == 1;

    private static async Task GiveBackPlaceAsync(IAlphasRunDb db, Guid occurrenceId, CancellationToken cancellationToken) =>
        await db.GroupRunOccurrences.Where(o => o.Id == occurrenceId && o.ConfirmedCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ConfirmedCount, o => o.ConfirmedCount - 1), cancellationToken);

    private static async Task<bool> TakeQueueNumberAsync(IAlphasRunDb db, Guid occurrenceId, CancellationToken cancellationToken) =>
        await db.GroupRunOccurrences
            .Where(o => o.Id == occurrenceId && o.Status == OccurrenceStatus.Scheduled)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LastQueueNumber, o => o.LastQueueNumber + 1), cancellationToken) == 1;

    private static async Task<long> LastQueueNumberAsync(IAlphasRunDb db, Guid occurrenceId, CancellationToken cancellationToken) =>
        await db.GroupRunOccurrences.Where(o => o.Id == occurrenceId).Select(o => o.LastQueueNumber).SingleAsync(cancellationToken);

    private sealed record RunFacts(Guid Id, OccurrenceStatus Status, DateTime StartUtc, IReadOnlyList<string> PaceGroups);
}
