using AlphasRun.Application.Common;
using AlphasRun.Application.Notifications;
using AlphasRun.Domain.GroupRuns;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>"Every Tuesday": standing registrations, applied to every coming run of a schedule.</summary>
public sealed partial class RegistrationService
{
    /// <summary>Registers the member for every future run of a schedule, now and as new dates are generated.</summary>
    public async Task<Result<int>> StartStandingAsync(Guid scheduleId, string? paceGroup, CancellationToken cancellationToken = default)
    {
        if (await CurrentRunnerIdAsync(cancellationToken) is not { } runnerId)
        {
            return Result<int>.Forbidden();
        }

        paceGroup = Clean(paceGroup);
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            var schedule = await db.GroupRunSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
            if (schedule is not { IsActive: true })
            {
                return Result<int>.NotFound("That weekly run doesn't exist or is paused.");
            }

            if (paceGroup is not null && !schedule.HasPaceGroup(paceGroup))
            {
                return Result<int>.Fail($"There is no {paceGroup} pace group on this run.", "PaceGroup");
            }

            if (!await db.StandingRegistrations.AnyAsync(s => s.RunnerId == runnerId && s.ScheduleId == scheduleId, cancellationToken))
            {
                db.StandingRegistrations.Add(new StandingRegistration(Guid.NewGuid(), runnerId, scheduleId, paceGroup, clock.UtcNow));
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Two taps raced; the unique index kept one standing registration.
                }
            }
        }

        var (registered, first) = await ApplyStandingAsync(runnerId, scheduleId, paceGroup, cancellationToken);
        if (first is { } firstRun)
        {
            // One email listing the dates rather than one per date (written after the registrations, which are
            // separate transactions: a crash in between loses this email, never a place).
            await using var db = await dbFactory.CreateAsync(cancellationToken);
            db.OutboxMessages.Add(OutboxMessage.StandingStarted(runnerId, firstRun, clock.UtcNow));
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result<int>.Ok(registered);
    }

    /// <summary>Stops "every week": the standing registration goes and so do the future runs it made.</summary>
    public async Task<Result> StopStandingAsync(Guid scheduleId, CancellationToken cancellationToken = default)
    {
        if (await CurrentRunnerIdAsync(cancellationToken) is not { } runnerId)
        {
            return Result.Forbidden();
        }

        var now = clock.UtcNow;
        List<Guid> future;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            await db.StandingRegistrations.Where(s => s.RunnerId == runnerId && s.ScheduleId == scheduleId).ExecuteDeleteAsync(cancellationToken);
            future = await db.Registrations.AsNoTracking()
                .Where(r => r.RunnerId == runnerId && r.FromStanding
                    && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
                .Join(db.GroupRunOccurrences.Where(o => o.ScheduleId == scheduleId && o.StartUtc > now), r => r.OccurrenceId, o => o.Id, (r, o) => o.Id)
                .ToListAsync(cancellationToken);
        }

        foreach (var occurrenceId in future)
        {
            await seats.CancelAsync(runnerId, occurrenceId, cancellationToken);
        }

        return Result.Ok();
    }

    /// <summary>Registers the runner for every coming run of the schedule; how many they now hold, and the first one.</summary>
    internal async Task<(int Registered, Guid? First)> ApplyStandingAsync(Guid runnerId, Guid scheduleId, string? paceGroup, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        List<Guid> runs;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            runs = await db.GroupRunOccurrences.AsNoTracking()
                .Where(o => o.ScheduleId == scheduleId && o.StartUtc > now && o.Status == OccurrenceStatus.Scheduled)
                .OrderBy(o => o.StartUtc)
                .Select(o => o.Id)
                .ToListAsync(cancellationToken);
        }

        var registered = 0;
        Guid? first = null;
        foreach (var occurrenceId in runs)
        {
            var result = await seats.RegisterAsync(runnerId, occurrenceId, paceGroup, fromStanding: true, cancellationToken);
            if (result is { Succeeded: true, Value: not RegistrationOutcome.Skipped })
            {
                registered++;
                first ??= occurrenceId;
            }
        }

        return (registered, first);
    }
}
