using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Domain.GroupRuns;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>
/// A member's own registrations: register, cancel, standing registrations and the calendar feed.
/// Every call works out the runner from the signed-in user; nobody can act for someone else.
/// </summary>
public sealed class RegistrationService(
    IAlphasRunDbFactory dbFactory,
    AccessGuard guard,
    ClubClock clock,
    RegistrationWriter writer,
    Runners.RunnerDirectory runners)
{
    public async Task<Result<RegistrationOutcome>> RegisterAsync(Guid occurrenceId, string? paceGroup, CancellationToken cancellationToken = default)
    {
        if (await CurrentRunnerIdAsync(cancellationToken) is not { } runnerId)
        {
            return Result<RegistrationOutcome>.Forbidden();
        }

        return await writer.RegisterAsync(runnerId, occurrenceId, Clean(paceGroup), fromStanding: false, cancellationToken);
    }

    public async Task<Result> CancelAsync(Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        if (await CurrentRunnerIdAsync(cancellationToken) is not { } runnerId)
        {
            return Result.Forbidden();
        }

        return await writer.CancelAsync(runnerId, occurrenceId, cancellationToken);
    }

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

        return Result<int>.Ok(await ApplyStandingAsync(runnerId, scheduleId, paceGroup, cancellationToken));
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
            await writer.CancelAsync(runnerId, occurrenceId, cancellationToken);
        }

        return Result.Ok();
    }

    /// <summary>A new secret calendar URL; the old one stops working.</summary>
    public async Task<Result<string>> RenewCalendarTokenAsync(CancellationToken cancellationToken = default)
    {
        if (await guard.UserIdAsync() is not { } userId)
        {
            return Result<string>.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runner = await db.Runners.SingleOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (runner is null)
        {
            return Result<string>.Forbidden();
        }

        var token = runner.RenewCalendarToken();
        await db.SaveChangesAsync(cancellationToken);
        return Result<string>.Ok(token);
    }

    internal async Task<int> ApplyStandingAsync(Guid runnerId, Guid scheduleId, string? paceGroup, CancellationToken cancellationToken)
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
        foreach (var occurrenceId in runs)
        {
            var result = await writer.RegisterAsync(runnerId, occurrenceId, paceGroup, fromStanding: true, cancellationToken);
            if (result is { Succeeded: true, Value: not RegistrationOutcome.Skipped })
            {
                registered++;
            }
        }

        return registered;
    }

    internal async Task<Guid?> CurrentRunnerIdAsync(CancellationToken cancellationToken) =>
        await guard.UserIdAsync() is { } userId ? await runners.RunnerIdAsync(userId, cancellationToken) : null;

    private static string? Clean(string? paceGroup) => string.IsNullOrWhiteSpace(paceGroup) ? null : paceGroup.Trim();
}
