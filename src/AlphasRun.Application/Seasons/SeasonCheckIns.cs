using AlphasRun.Domain.Seasons;

namespace AlphasRun.Application.Seasons;

/// <summary>
/// A coach's check-in logs the crew run as done in the member's training log (distance left for the member);
/// undoing the check-in removes that entry again if the member has not touched it. Only members who keep a
/// season (have entered a race) get entries.
/// </summary>
public sealed class SeasonCheckIns(SeasonAssembler assembler, ClubClock clock)
{
    /// <summary>Called after the check-in is saved; the roster's check-in never fails because of the log.</summary>
    public async Task RecordAsync(IAlphasRunDb db, Guid occurrenceId, Guid? runnerId, bool present, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (runnerId is not { } id)
        {
            return;
        }

        var profile = await db.SeasonProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.RunnerId == id, cancellationToken);
        if (profile is null)
        {
            return;
        }

        var existing = await db.TrainingLogEntries.SingleOrDefaultAsync(e => e.RunnerId == id && e.OccurrenceId == occurrenceId, cancellationToken);
        if (!present)
        {
            if (existing is { IsUntouchedCheckIn: true })
            {
                db.TrainingLogEntries.Remove(existing);
                await SaveQuietlyAsync(db, cancellationToken);
            }

            return;
        }

        if (existing is not null)
        {
            return;
        }

        var run = await db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == occurrenceId)
            .Select(o => new { o.ScheduleId, o.LocalDate, o.Schedule!.Name }).SingleAsync(cancellationToken);
        var planned = await assembler.SessionAtCrewRunAsync(db, profile, run.ScheduleId, run.LocalDate, cancellationToken);
        if (planned is { } p && await db.TrainingLogEntries.AnyAsync(e => e.RunnerId == id && e.Date == run.LocalDate && e.Slot == p.Session.Slot, cancellationToken))
        {
            return; // the member logged this session themselves already
        }

        db.TrainingLogEntries.Add(TrainingLogEntry.FromCheckIn(Guid.NewGuid(), id, occurrenceId, run.LocalDate, run.Name, planned?.Session, planned?.PlanVersion, clock.UtcNow));
        await SaveQuietlyAsync(db, cancellationToken);
    }

    // A unique index on (runner, run) and (runner, date, session) keeps one entry when two check-ins race.
    private static async Task SaveQuietlyAsync(IAlphasRunDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The other writer's entry stands.
        }
    }
}
