using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Plans;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>What members read about runs: one run in detail, their own places, their runs page.</summary>
public sealed class RunQueries(IAlphasRunDbFactory dbFactory, AccessGuard guard, ClubClock clock, RunCalendar calendar)
{
    public async Task<Result<RunDetailsDto>> GetDetailsAsync(Guid occurrenceId, CancellationToken cancellationToken = default)
    {
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

        var runner = await CurrentRunnerAsync(db, cancellationToken);
        MyRegistrationDto? mine = null;
        var standing = false;
        if (runner is not null)
        {
            mine = (await StatusesAsync(db, runner.Id, [occurrenceId], cancellationToken)).GetValueOrDefault(occurrenceId);
            standing = await db.StandingRegistrations.AnyAsync(s => s.RunnerId == runner.Id && s.ScheduleId == schedule.ScheduleId, cancellationToken);
        }

        return Result<RunDetailsDto>.Ok(new RunDetailsDto(
            run,
            schedule.ScheduleId,
            schedule.PaceGroups,
            counts,
            active.Count(r => r.Status == RegistrationStatus.Waitlisted),
            await SuggestionsAsync(db, schedule.ScheduleId, cancellationToken),
            mine,
            standing,
            DefaultPaceGroup(schedule.PaceGroups, runner?.EasyPaceSecondsPerKm),
            runner is not null));
    }

    /// <summary>The pace group a one-tap registration uses: the one nearest the caller's usual easy pace.</summary>
    public async Task<string?> MyDefaultPaceGroupAsync(Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var paceGroups = await db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == occurrenceId)
            .Select(o => o.Schedule!.PaceGroups).SingleOrDefaultAsync(cancellationToken);
        return paceGroups is null ? null : DefaultPaceGroup(paceGroups, (await CurrentRunnerAsync(db, cancellationToken))?.EasyPaceSecondsPerKm);
    }

    /// <summary>The caller's registration on each of these runs (none for anonymous callers).</summary>
    public async Task<IReadOnlyDictionary<Guid, MyRegistrationDto>> GetMyStatusesAsync(IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await CurrentRunnerAsync(db, cancellationToken) is { } runner
            ? await StatusesAsync(db, runner.Id, occurrenceIds, cancellationToken)
            : new Dictionary<Guid, MyRegistrationDto>();
    }

    public async Task<Result<MyRunsDto>> GetMyRunsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await CurrentRunnerAsync(db, cancellationToken) is not { } runner)
        {
            return Result<MyRunsDto>.Forbidden();
        }

        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.RunnerId == runner.Id && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
            .Select(r => new { r.OccurrenceId, r.CheckedInUtc })
            .ToListAsync(cancellationToken);
        var ids = registrations.Select(r => r.OccurrenceId).ToList();
        var runs = await calendar.ProjectAsync(db.GroupRunOccurrences.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.StartUtc), cancellationToken);
        var statuses = await StatusesAsync(db, runner.Id, ids, cancellationToken);
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

    /// <summary>The pace group nearest the runner's usual easy pace.</summary>
    public static string? DefaultPaceGroup(IReadOnlyList<string> paceGroups, int? easyPaceSecondsPerKm)
    {
        var parsed = paceGroups
            .Select(p => (Name: p, Ok: Pace.TryParse(p, DistanceUnit.Kilometres, out var seconds), Seconds: seconds.SecondsPerKm))
            .Where(p => p.Ok)
            .ToList();
        if (parsed.Count == 0)
        {
            return paceGroups.Count > 0 ? paceGroups[0] : null;
        }

        return easyPaceSecondsPerKm is { } pace
            ? parsed.OrderBy(p => Math.Abs(p.Seconds - pace)).First().Name
            : parsed[parsed.Count / 2].Name;
    }

    private async Task<Domain.Runners.Runner?> CurrentRunnerAsync(IAlphasRunDb db, CancellationToken cancellationToken) =>
        await guard.UserIdAsync() is { } userId
            ? await db.Runners.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId, cancellationToken)
            : null;

    internal static async Task<Dictionary<Guid, MyRegistrationDto>> StatusesAsync(IAlphasRunDb db, Guid runnerId, IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken)
    {
        var mine = await db.Registrations.AsNoTracking()
            .Where(r => r.RunnerId == runnerId && occurrenceIds.Contains(r.OccurrenceId)
                && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
            .ToListAsync(cancellationToken);
        var waitingRuns = mine.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.OccurrenceId).ToList();
        var queues = (await db.Registrations.AsNoTracking()
                .Where(r => waitingRuns.Contains(r.OccurrenceId) && r.Status == RegistrationStatus.Waitlisted)
                .Select(r => new { r.OccurrenceId, r.QueueNumber })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.OccurrenceId, r => r.QueueNumber);
        return mine.ToDictionary(
            r => r.OccurrenceId,
            r => new MyRegistrationDto(
                r.Status,
                r.Status == RegistrationStatus.Waitlisted ? 1 + queues[r.OccurrenceId].Count(q => q < r.QueueNumber) : null,
                r.PaceGroup,
                r.FromStanding));
    }

    /// <summary>Distances from the published plans whose sessions are run with this schedule.</summary>
    internal static async Task<IReadOnlyList<SuggestedDistanceDto>> SuggestionsAsync(IAlphasRunDb db, Guid scheduleId, CancellationToken cancellationToken)
    {
        var published = await db.TrainingPlans.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Published)
            .Select(p => new { p.Id, p.Slug })
            .ToListAsync(cancellationToken);
        var versions = await PlanCatalog.LatestVersions(db, [.. published.Select(p => p.Id)]).ToListAsync(cancellationToken);
        return [.. versions
            .OrderBy(v => v.Audience)
            .Select(v => (Version: v, Session: v.Content.Weeks[0].Sessions.FirstOrDefault(s => s.GroupRunScheduleId == scheduleId && s.Distance is not null)))
            .Where(x => x.Session is not null)
            .Select(x => new SuggestedDistanceDto(
                published.Single(p => p.Id == x.Version.PlanId).Slug, x.Version.Name, x.Version.Audience.DisplayName(), x.Session!.Title, x.Session.Distance!))];
    }
}
