using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
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
    RegistrationWriter writer,
    RunNotifier notifier,
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

    /// <summary>Adds or edits a weekly run. A new capacity applies to its coming runs, never below who is already confirmed.</summary>
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

        var now = clock.UtcNow;
        Guid id;
        List<Guid> runsWithNewRoom = [];
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
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

                var coming = await db.GroupRunOccurrences.Where(o => o.ScheduleId == existingId && o.StartUtc > now).ToListAsync(cancellationToken);
                try
                {
                    foreach (var run in coming)
                    {
                        var hadRoomFor = run.Capacity;
                        run.ChangeCapacity(form.Capacity);
                        if (form.Capacity is null || form.Capacity > hadRoomFor)
                        {
                            runsWithNewRoom.Add(run.Id);
                        }
                    }
                }
                catch (DomainException ex)
                {
                    return Result<Guid>.Fail(ex.Message, nameof(ScheduleForm.Capacity));
                }

                schedule.Update(form.Name, form.Day, start, form.LocationId, form.Capacity, form.PaceGroupList());
            }
            else
            {
                schedule = new GroupRunSchedule(Guid.NewGuid(), form.Name, form.Day, start, form.LocationId, form.Capacity, form.PaceGroupList());
                db.GroupRunSchedules.Add(schedule);
            }

            await db.SaveChangesAsync(cancellationToken);
            id = schedule.Id;
        }

        foreach (var runId in runsWithNewRoom)
        {
            await notifier.PromotedAsync(await writer.FillFromWaitlistAsync(runId, cancellationToken), cancellationToken);
        }

        await generator.GenerateAsync(cancellationToken);
        await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        return Result<Guid>.Ok(id);
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

    /// <summary>Cancels one dated run (weather, say): everyone registered is emailed and the run shows the reason everywhere.</summary>
    public async Task<Result> CancelRunAsync(Guid occurrenceId, string reason, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result.Forbidden();
        }

        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            var run = await db.GroupRunOccurrences.SingleOrDefaultAsync(o => o.Id == occurrenceId, cancellationToken);
            if (run is null)
            {
                return Result.NotFound("There is no such run.");
            }

            if (run.HasStarted(clock.UtcNow))
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

            await db.SaveChangesAsync(cancellationToken);
        }

        await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        await notifier.CancelledAsync(occurrenceId, reason.Trim(), cancellationToken);
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
