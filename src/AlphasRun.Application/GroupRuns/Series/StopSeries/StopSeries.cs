using AlphasRun.Application.GroupRuns.Seats;
using AlphasRun.Application.Runners;
using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns.Series.StopSeries;

/// <summary>Stops "every week": the standing registration goes and so do the coming runs it made (dates booked one by one stay).</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record StopSeries(Guid ScheduleId) : IUseCase<Result>;

internal sealed class StopSeriesHandler(IAlphasRunDbFactory dbFactory, ClubClock clock, RunnerDirectory runners, RunSeats seats) : IUseCaseHandler<StopSeries, Result>
{
    public async Task<Result> HandleAsync(StopSeries request, Caller caller, CancellationToken cancellationToken)
    {
        if (await runners.RunnerIdAsync(caller.Member, cancellationToken) is not { } runnerId)
        {
            return Result.Forbidden();
        }

        var scheduleId = request.ScheduleId;
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
}
