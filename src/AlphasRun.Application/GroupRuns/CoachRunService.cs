using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Notifications;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.GroupRuns;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>Coaches' run tools: weekly schedules, and cancelling or reinstating a dated run. Each call checks CanManageRuns.</summary>
public sealed class CoachRunService(
    IAlphasRunDbFactory dbFactory,
    AccessGuard guard,
    ClubClock clock,
    RunCalendar calendar,
    IValidator<ScheduleForm> scheduleValidator,
    WriteResilience resilience,
    OccurrenceGenerator generator,
    IPublicContentCache publicCache)
{
    public async Task<Result<IReadOnlyList<ScheduleDto>>> ListSchedulesAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result<IReadOnlyList<ScheduleDto>>.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var schedules = await db.GroupRunSchedules.AsNoTracking().Include(s => s.Location).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<ScheduleDto>>.Ok([.. schedules
            .OrderBy(s => s.Day == DayOfWeek.Sunday ? 7 : (int)s.Day).ThenBy(s => s.LocalStartTime)
            .Select(s => new ScheduleDto(s.Id, s.Name, s.Day, s.LocalStartTime, s.LocationId, s.Location!.Name, s.Capacity, s.PaceGroups, s.IsActive))]);
    }

    public async Task<IReadOnlyList<LocationOptionDto>> ListLocationsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.Locations.AsNoTracking().OrderBy(l => l.Name).Select(l => new LocationOptionDto(l.Id, l.Name)).ToListAsync(cancellationToken);
    }

    public async Task<Result<IReadOnlyList<CoachRunDto>>> ListComingRunsAsync(int days, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result<IReadOnlyList<CoachRunDto>>.Forbidden();
        }

        var runs = await calendar.GetUpcomingAsync(days, cancellationToken: cancellationToken);
        var ids = runs.Select(r => r.Id).ToList();
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var waitlists = await db.Registrations.AsNoTracking()
            .Where(r => ids.Contains(r.OccurrenceId) && r.Status == RegistrationStatus.Waitlisted)
            .GroupBy(r => r.OccurrenceId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Result<IReadOnlyList<CoachRunDto>>.Ok([.. runs.Select(r => new CoachRunDto(r, waitlists.GetValueOrDefault(r.Id)))]);
    }

    /// <summary>
    /// Adds or edits a weekly run. A new capacity applies to its coming runs, never below who is already
    /// confirmed: each run's capacity changes by a conditional UPDATE, so a registration racing the coach
    /// is counted. Runners waiting where the capacity rose are promoted in the same transaction.
    /// </summary>
    public async Task<Result<Guid>> SaveScheduleAsync(ScheduleForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result<Guid>.Forbidden();
        }

        var validation = await scheduleValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<Guid>.Fail(validation.ToProblems());
        }

        var result = await resilience.RunAsync(ct => SaveScheduleOnceAsync(form, ct), cancellationToken);
        if (result.Succeeded)
        {
            await generator.GenerateAsync(cancellationToken);
            await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        }

        return result;
    }

    private async Task<Result<Guid>> SaveScheduleOnceAsync(ScheduleForm form, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (!await db.Locations.AnyAsync(l => l.Id == form.LocationId, cancellationToken))
        {
            return Result<Guid>.Fail("Choose where the crew meets.", nameof(ScheduleForm.LocationId));
        }

        var start = form.ParsedStart()!.Value;
        GroupRunSchedule? schedule;
        if (form.Id is { } existingId)
        {
            schedule = await db.GroupRunSchedules.SingleOrDefaultAsync(s => s.Id == existingId, cancellationToken);
            if (schedule is null)
            {
                return Result<Guid>.NotFound("That weekly run no longer exists.");
            }

            var capacity = form.Capacity;
            var coming = await db.GroupRunOccurrences.AsNoTracking()
                .Where(o => o.ScheduleId == existingId && o.StartUtc > now)
                .Select(o => new { o.Id, o.Capacity, o.LocalDate })
                .ToListAsync(cancellationToken);
            foreach (var run in coming)
            {
                var changed = await db.GroupRunOccurrences
                    .Where(o => o.Id == run.Id && (capacity == null || o.ConfirmedCount <= capacity))
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.Capacity, capacity), cancellationToken);
                if (changed == 0)
                {
                    var confirmed = await db.GroupRunOccurrences.Where(o => o.Id == run.Id).Select(o => o.ConfirmedCount).SingleAsync(cancellationToken);
                    return Result<Guid>.Fail($"{confirmed} runners are already confirmed for {run.LocalDate:MMMM d}; the capacity cannot be lower.", nameof(ScheduleForm.Capacity));
                }

                if (capacity is null || capacity > run.Capacity)
                {
                    await Waitlist.FillAsync(db, run.Id, now, cancellationToken);
                }
            }

            schedule.Update(form.Name, form.Day, start, form.LocationId, form.Capacity, form.PaceGroupList());
        }
        else
        {
            schedule = new GroupRunSchedule(Guid.NewGuid(), form.Name, form.Day, start, form.LocationId, form.Capacity, form.PaceGroupList());
            db.GroupRunSchedules.Add(schedule);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<Guid>.Ok(schedule.Id);
    }

    public async Task<Result> SetScheduleActiveAsync(Guid scheduleId, bool active, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result.Forbidden();
        }

        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            var schedule = await db.GroupRunSchedules.SingleOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
            if (schedule is null)
            {
                return Result.NotFound("That weekly run no longer exists.");
            }

            if (active)
            {
                schedule.Resume();
            }
            else
            {
                schedule.Pause();
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        if (active)
        {
            await generator.GenerateAsync(cancellationToken);
        }

        await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        return Result.Ok();
    }

    /// <summary>
    /// Cancels one dated run (weather, say): the run shows the reason everywhere, and an email to everyone
    /// registered is queued in the same transaction (sent by the outbox dispatcher).
    /// </summary>
    public async Task<Result> CancelRunAsync(Guid occurrenceId, string reason, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result.Forbidden();
        }

        return await resilience.RunAsync(ct => CancelRunOnceAsync(occurrenceId, reason, ct), cancellationToken);
    }

    private async Task<Result> CancelRunOnceAsync(Guid occurrenceId, string reason, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var run = await db.GroupRunOccurrences.SingleOrDefaultAsync(o => o.Id == occurrenceId, cancellationToken);
        if (run is null)
        {
            return Result.NotFound("There is no such run.");
        }

        if (run.HasStarted(now))
        {
            return Result.Fail("This run has already started.");
        }

        if (run.Status == OccurrenceStatus.Cancelled)
        {
            return Result.Fail("This run is already cancelled.");
        }

        try
        {
            run.Cancel(reason);
        }
        catch (DomainException ex)
        {
            return Result.Fail(ex.Message, "Reason");
        }

        // Saving first takes the run's lock, so the list read next includes anyone who registered just before.
        await db.SaveChangesAsync(cancellationToken);
        var runnerIds = await db.Registrations.AsNoTracking()
            .Where(r => r.OccurrenceId == occurrenceId && r.RunnerId != null
                && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
            .Select(r => r.RunnerId!.Value)
            .ToListAsync(cancellationToken);
        foreach (var runnerId in runnerIds)
        {
            db.OutboxMessages.Add(OutboxMessage.RunCancelled(runnerId, occurrenceId, run.CancellationReason!, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        return Result.Ok();
    }

    public async Task<Result> ReinstateRunAsync(Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var run = await db.GroupRunOccurrences.SingleOrDefaultAsync(o => o.Id == occurrenceId, cancellationToken);
        if (run is null)
        {
            return Result.NotFound("There is no such run.");
        }

        if (run.HasStarted(clock.UtcNow))
        {
            return Result.Fail("This run is in the past.");
        }

        run.Reinstate();
        await db.SaveChangesAsync(cancellationToken);
        await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        return Result.Ok();
    }
}
