using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns.Upcoming.GetRunDetails;

/// <summary>One dated run in detail: who is coming per pace group, the plans' suggested distances, and the caller's own place.</summary>
[Public(IdentifiesCaller = true)]
public sealed record GetRunDetails(Guid RunId) : IUseCase<Result<RunDetailsDto>>;

internal sealed class GetRunDetailsHandler(IAlphasRunDbFactory dbFactory, RunCalendar calendar) : IUseCaseHandler<GetRunDetails, Result<RunDetailsDto>>
{
    public async Task<Result<RunDetailsDto>> HandleAsync(GetRunDetails request, Caller caller, CancellationToken cancellationToken)
    {
        var occurrenceId = request.RunId;
        if (await calendar.GetAsync(occurrenceId, cancellationToken) is not { } run)
        {
            return Result<RunDetailsDto>.NotFound("There is no such run.");
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var schedule = await db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == occurrenceId)
            .Select(o => new { o.ScheduleId, o.Schedule!.PaceGroups }).SingleAsync(cancellationToken);
        var active = await db.Registrations.AsNoTracking()
            .Where(r => r.OccurrenceId == occurrenceId && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
            .Select(r => new { r.Status, r.PaceGroup })
            .ToListAsync(cancellationToken);
        var counts = schedule.PaceGroups
            .Select(p => new PaceGroupCountDto(p, active.Count(r => r.Status == RegistrationStatus.Confirmed && r.PaceGroup == p)))
            .ToList();

        var runner = await RunPlaces.RunnerAsync(db, caller, cancellationToken);
        MyRegistrationDto? mine = null;
        var standing = false;
        if (runner is not null)
        {
            mine = (await RunPlaces.StatusesAsync(db, runner.Id, [occurrenceId], cancellationToken)).GetValueOrDefault(occurrenceId);
            standing = await db.StandingRegistrations.AnyAsync(s => s.RunnerId == runner.Id && s.ScheduleId == schedule.ScheduleId, cancellationToken);
        }

        return Result<RunDetailsDto>.Ok(new RunDetailsDto(
            run,
            schedule.ScheduleId,
            schedule.PaceGroups,
            counts,
            active.Count(r => r.Status == RegistrationStatus.Waitlisted),
            await RunSuggestions.ForScheduleAsync(db, schedule.ScheduleId, cancellationToken),
            mine,
            standing,
            PaceGroupChoice.Nearest(schedule.PaceGroups, runner?.EasyPaceSecondsPerKm),
            runner is not null));
    }
}
