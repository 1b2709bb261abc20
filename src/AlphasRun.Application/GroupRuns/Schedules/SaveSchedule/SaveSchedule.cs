using AlphasRun.Application.GroupRuns.Seats;
using AlphasRun.Domain.GroupRuns;
using FluentValidation;

namespace AlphasRun.Application.GroupRuns.Schedules.SaveSchedule;

/// <summary>
/// Adds or edits a weekly run. A new capacity applies to its coming runs, never below who is already
/// confirmed: each run's capacity changes by a conditional UPDATE (<see cref="RunSeats"/>), so a registration
/// racing the coach is counted. Runners waiting where the capacity rose are promoted in the same transaction.
/// </summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record SaveSchedule(ScheduleForm Schedule) : IUseCase<Result<Guid>>, IFormRequest<ScheduleForm>
{
    public ScheduleForm Form => Schedule;
}

/// <summary>The check that needs the database: the meeting place exists.</summary>
internal sealed class SaveScheduleValidator : AbstractValidator<SaveSchedule>
{
    public SaveScheduleValidator(IAlphasRunDbFactory dbFactory)
    {
        RuleFor(r => r.Schedule.LocationId)
            .MustAsync(async (locationId, cancellationToken) =>
            {
                await using var db = await dbFactory.CreateAsync(cancellationToken);
                return await db.Locations.AnyAsync(l => l.Id == locationId, cancellationToken);
            })
            .WithMessage("Choose where the crew meets.")
            .OverridePropertyName(nameof(ScheduleForm.LocationId));
    }
}

internal sealed class SaveScheduleHandler(
    IAlphasRunDbFactory dbFactory,
    ClubClock clock,
    WriteResilience resilience,
    OccurrenceGenerator generator,
    IPublicContentCache publicCache) : IUseCaseHandler<SaveSchedule, Result<Guid>>
{
    public async Task<Result<Guid>> HandleAsync(SaveSchedule request, Caller caller, CancellationToken cancellationToken)
    {
        var result = await resilience.RunAsync(ct => SaveOnceAsync(request.Schedule, ct), cancellationToken);
        if (result.Succeeded)
        {
            await generator.GenerateAsync(cancellationToken);
            await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        }

        return result;
    }

    private async Task<Result<Guid>> SaveOnceAsync(ScheduleForm form, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
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
}
