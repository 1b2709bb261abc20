using AlphasRun.Application.GroupRuns.Seats;
using AlphasRun.Application.Notifications;
using AlphasRun.Application.Runners;
using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns.Series.StartSeries;

/// <summary>
/// "Every Tuesday": registers the member for every coming run of a weekly schedule, now and as new dates are
/// generated (<see cref="OccurrenceGenerator"/>); answers how many coming runs they now hold.
/// </summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record StartSeries(Guid ScheduleId, string? PaceGroup) : IUseCase<Result<int>>;

internal sealed class StartSeriesHandler(IAlphasRunDbFactory dbFactory, ClubClock clock, RunnerDirectory runners, RunSeats seats)
    : IUseCaseHandler<StartSeries, Result<int>>
{
    public async Task<Result<int>> HandleAsync(StartSeries request, Caller caller, CancellationToken cancellationToken)
    {
        if (await runners.RunnerIdAsync(caller.Member, cancellationToken) is not { } runnerId)
        {
            return Result<int>.Forbidden();
        }

        var scheduleId = request.ScheduleId;
        var paceGroup = PaceGroupChoice.Clean(request.PaceGroup);
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

        var (registered, first) = await ApplyAsync(runnerId, scheduleId, paceGroup, cancellationToken);
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

    /// <summary>Registers the runner for every coming run of the schedule; how many they now hold, and the first one.</summary>
    private async Task<(int Registered, Guid? First)> ApplyAsync(Guid runnerId, Guid scheduleId, string? paceGroup, CancellationToken cancellationToken)
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
