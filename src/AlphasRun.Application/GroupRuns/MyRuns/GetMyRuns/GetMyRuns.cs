using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns.MyRuns.GetMyRuns;

/// <summary>The member's runs page: coming and past runs with attendance, every-week registrations, the calendar token.</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record GetMyRuns : IUseCase<Result<MyRunsDto>>;

internal sealed class GetMyRunsHandler(IAlphasRunDbFactory dbFactory, ClubClock clock, RunCalendar calendar) : IUseCaseHandler<GetMyRuns, Result<MyRunsDto>>
{
    public async Task<Result<MyRunsDto>> HandleAsync(GetMyRuns request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await RunPlaces.RunnerAsync(db, caller, cancellationToken) is not { } runner)
        {
            return Result<MyRunsDto>.Forbidden();
        }

        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.RunnerId == runner.Id && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
            .Select(r => new { r.OccurrenceId, r.CheckedInUtc })
            .ToListAsync(cancellationToken);
        var ids = registrations.Select(r => r.OccurrenceId).ToList();
        var runs = await calendar.ProjectAsync(db.GroupRunOccurrences.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.StartUtc), cancellationToken);
        var statuses = await RunPlaces.StatusesAsync(db, runner.Id, ids, cancellationToken);
        var now = clock.UtcNow;
        var attended = registrations.ToDictionary(r => r.OccurrenceId, r => r.CheckedInUtc is not null);
        var mine = runs.Select(r => new MyRunDto(r, statuses[r.Id], attended[r.Id])).ToList();

        var schedules = await db.GroupRunSchedules.AsNoTracking().OrderBy(s => s.Day == DayOfWeek.Sunday ? 7 : (int)s.Day).ToListAsync(cancellationToken);
        var standing = await db.StandingRegistrations.AsNoTracking().Where(s => s.RunnerId == runner.Id).ToListAsync(cancellationToken);
        return Result<MyRunsDto>.Ok(new MyRunsDto(
            [.. mine.Where(m => m.Run.StartUtc > now)],
            [.. mine.Where(m => m.Run.StartUtc <= now).OrderByDescending(m => m.Run.StartUtc)],
            [.. standing.Join(schedules, s => s.ScheduleId, s => s.Id, (s, sc) => new StandingDto(sc.Id, sc.Name, sc.Day, sc.LocalStartTime, s.PaceGroup))],
            runner.CalendarToken,
            [.. schedules.Select(s => new ScheduleOptionDto(s.Id, s.Name, s.Day, s.LocalStartTime, s.PaceGroups, s.IsActive))]));
    }
}
