using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.GroupRuns.Seats;
using AlphasRun.Domain.GroupRuns;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>Coaches' run tools: weekly schedules, and cancelling or reinstating a dated run. Each call checks CanManageRuns.</summary>
public sealed partial class CoachRunService(
    IAlphasRunDbFactory dbFactory,
    AccessGuard guard,
    ClubClock clock,
    RunCalendar calendar,
    IValidator<ScheduleForm> scheduleValidator,
    WriteResilience resilience,
    OccurrenceGenerator generator,
    IPublicContentCache publicCache,
    RunSeats seats)
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

            var places = await RunSeats.SetComingCapacityAsync(db, existingId, form.Capacity, now, cancellationToken);
            if (!places.Succeeded)
            {
                return Result<Guid>.From(places);
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

}
