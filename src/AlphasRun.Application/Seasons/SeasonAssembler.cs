using AlphasRun.Application.GroupRuns;
using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Seasons;

namespace AlphasRun.Application.Seasons;

/// <summary>
/// Reads a runner's season from the database and lays it out with the Domain's <see cref="SeasonCalendar"/>
/// and <see cref="SeasonProgress"/>. It does no authorization: the member use cases (<see cref="MySeason"/>) pass the caller's
/// own runner; a coach's view must check the member's <see cref="SeasonProfile.SharesSeasonWithCoaches"/> first.
/// </summary>
public sealed class SeasonAssembler(IAlphasRunDbFactory dbFactory, ClubClock clock)
{
    /// <summary>The runner's season, or null when they have not entered a race.</summary>
    public async Task<SeasonReportDto?> BuildAsync(Guid runnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await BuildAsync(db, runnerId, cancellationToken);
    }

    internal Task<SeasonReportDto?> BuildAsync(IAlphasRunDb db, Guid runnerId, CancellationToken cancellationToken) =>
        BuildAsync(db, runnerId, plans: null, cancellationToken);

    // plans: the crew plan per distance, shared by a caller that builds many seasons at once (the coach's
    // list), so the plan is read once per distance rather than once per member.
    internal async Task<SeasonReportDto?> BuildAsync(IAlphasRunDb db, Guid runnerId, Dictionary<PlanAudience, (TrainingPlan? Plan, List<PlanVersion> Versions)>? plans, CancellationToken cancellationToken)
    {
        var profile = await db.SeasonProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.RunnerId == runnerId, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var runnerName = await db.Runners.AsNoTracking().Where(r => r.Id == runnerId).Select(r => r.FirstName + " " + r.LastName).SingleAsync(cancellationToken);
        var today = clock.Today;
        if (plans is null || !plans.TryGetValue(profile.LastRaceDistance, out var crewPlan))
        {
            crewPlan = await PlanForAsync(db, profile.LastRaceDistance, cancellationToken);
            plans?.Add(profile.LastRaceDistance, crewPlan);
        }

        var (plan, versions) = crewPlan;
        var season = SeasonCalendar.Build(profile.Race, versions, today, clock.Zone);
        var first = season.Weeks[0].Monday;
        var last = season.Weeks[^1].Sunday;
        var entries = await db.TrainingLogEntries.AsNoTracking()
            .Where(e => e.RunnerId == runnerId && e.Date >= first && e.Date <= last)
            .ToListAsync(cancellationToken);
        var progress = SeasonProgress.Evaluate(season, entries, today);
        var crewRuns = await CrewRunsAsync(db, runnerId, season, first, last, cancellationToken);

        var weeks = progress.Weeks.Select(t =>
        {
            var inWeek = entries.Where(e => t.Week.Contains(e.Date)).ToList();
            var sessions = t.Week.Sessions.Select(s => new SeasonSessionDto(
                s.Date,
                s.Slot,
                s.Type,
                s.Title,
                s.Distance,
                s.Notes,
                s.Effort,
                s.GroupRunScheduleId is { } id && crewRuns.TryGetValue((id, s.Date), out var run) ? run : null,
                inWeek.FirstOrDefault(e => e.Slot == s.Slot && e.Date == s.Date) is { } log ? LogEntryDto.From(log) : null)).ToList();
            var other = inWeek
                .Where(e => !t.Week.Sessions.Any(s => s.Slot == e.Slot && s.Date == e.Date))
                .OrderBy(e => e.Date).ThenBy(e => e.CreatedUtc)
                .Select(LogEntryDto.From).ToList();
            return new SeasonWeekDto(
                t.Week.Number, t.Week.Phase, t.Week.PhaseWeek, t.Week.Monday, t.Week.Sunday, t.Week.PlanVersion, t.Planned,
                t.DoneKm, t.Estimated, t.Finished, t.Week.Contains(today), t.OnPlan, t.Overdoing, t.UnderHalf, t.Drifting, sessions, other);
        }).ToList();

        return new SeasonReportDto(
            runnerId,
            runnerName,
            profile.Race,
            today,
            season.RecoveryEnds,
            season.OffSeasonStarts,
            season.BuildUpStarts,
            profile.Race.Goal is { } goal ? SeasonCalendar.BuildUpWeeks(goal.DistanceKm) : null,
            plan?.Name,
            plan?.Slug,
            profile.SharesSeasonWithCoaches,
            weeks,
            progress.Streak,
            progress.Overdoing(today),
            progress.Drifting);
    }

    /// <summary>The session of the runner's season planned on this date at this crew run's schedule, if any (for check-ins).</summary>
    internal async Task<(PlannedSession Session, int? PlanVersion)?> SessionAtCrewRunAsync(IAlphasRunDb db, SeasonProfile profile, Guid scheduleId, DateOnly date, CancellationToken cancellationToken)
    {
        var (_, versions) = await PlanForAsync(db, profile.LastRaceDistance, cancellationToken);
        var week = SeasonCalendar.Build(profile.Race, versions, clock.Today, clock.Zone).WeekOf(date);
        return week?.Sessions.FirstOrDefault(s => s.Date == date && s.GroupRunScheduleId == scheduleId) is { } session
            ? (session, week.PlanVersion)
            : null;
    }

    /// <summary>The session planned at (date, slot), if the runner's season has one there today.</summary>
    internal async Task<(PlannedSession Session, int? PlanVersion)?> SessionAtAsync(IAlphasRunDb db, SeasonProfile profile, DateOnly date, int slot, CancellationToken cancellationToken)
    {
        var (_, versions) = await PlanForAsync(db, profile.LastRaceDistance, cancellationToken);
        var week = SeasonCalendar.Build(profile.Race, versions, clock.Today, clock.Zone).WeekOf(date);
        return week?.Sessions.FirstOrDefault(s => s.Date == date && s.Slot == slot) is { } session
            ? (session, week.PlanVersion)
            : null;
    }

    /// <summary>
    /// The crew's published plan for a distance: the one with the well-known slug if it is published, else
    /// any published plan for that audience; with all its published versions.
    /// </summary>
    private static async Task<(TrainingPlan? Plan, List<PlanVersion> Versions)> PlanForAsync(IAlphasRunDb db, PlanAudience distance, CancellationToken cancellationToken)
    {
        var slug = distance == PlanAudience.Marathon ? PlanSlugs.Marathon : PlanSlugs.HalfMarathon;
        var plans = await db.TrainingPlans.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Published && p.Audience == distance)
            .ToListAsync(cancellationToken);
        var plan = plans.FirstOrDefault(p => p.Slug == slug) ?? plans.OrderBy(p => p.Name).FirstOrDefault();
        if (plan is null)
        {
            return (null, []);
        }

        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == plan.Id).ToListAsync(cancellationToken);
        return (plan, versions);
    }

    private async Task<Dictionary<(Guid ScheduleId, DateOnly Date), SeasonCrewRunDto>> CrewRunsAsync(
        IAlphasRunDb db, Guid runnerId, Season season, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var scheduleIds = season.Weeks.SelectMany(w => w.Sessions).Select(s => s.GroupRunScheduleId).OfType<Guid>().Distinct().ToList();
        if (scheduleIds.Count == 0)
        {
            return [];
        }

        var runs = await db.GroupRunOccurrences.AsNoTracking()
            .Where(o => scheduleIds.Contains(o.ScheduleId) && o.LocalDate >= first && o.LocalDate <= last)
            .Select(o => new { o.Id, o.ScheduleId, o.LocalDate, o.StartUtc, o.Status, o.Schedule!.Name })
            .ToListAsync(cancellationToken);
        var statuses = await RunPlaces.StatusesAsync(db, runnerId, [.. runs.Select(r => r.Id)], cancellationToken);
        var now = clock.UtcNow;
        return runs.ToDictionary(
            r => (r.ScheduleId, r.LocalDate),
            r => new SeasonCrewRunDto(r.Id, r.Name, clock.ToLocal(r.StartUtc), r.Status, now >= r.StartUtc, statuses.GetValueOrDefault(r.Id)));
    }
}
