using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Domain.Seasons;

/// <summary>One planned session on one date of a member's season.</summary>
/// <remarks>
/// <para>Slot: Which session of that day it is (0 for the first): with the date, what a log entry points at.</para>
/// </remarks>
public sealed record PlannedSession(
    DateOnly Date,
    int Slot,
    SessionType Type,
    string Title,
    DistanceRange? Distance,
    string? Notes,
    string? Effort,
    Guid? GroupRunScheduleId);

/// <summary>One Monday–Sunday week of a member's season.</summary>
/// <remarks>
/// <para>Number: 1 for the first week of the season.</para>
/// <para>PhaseWeek: 1 for the first week of its phase.</para>
/// <para>PlanVersion: The published plan version the week follows (off-season weeks only).</para>
/// <para>PlanWeek: Which week of that plan it repeats.</para>
/// </remarks>
public sealed record SeasonWeek(
    int Number,
    SeasonPhase Phase,
    int PhaseWeek,
    DateOnly Monday,
    DateTime StartUtc,
    DateTime EndUtc,
    int? PlanVersion,
    int? PlanWeek,
    IReadOnlyList<PlannedSession> Sessions)
{
    public DateOnly Sunday => Monday.AddDays(6);

    public bool Contains(DateOnly date) => date >= Monday && date <= Sunday;

    /// <summary>The week's planned running distance; null when nothing with a distance is planned.</summary>
    public DistanceRange? PlannedDistance =>
        Sessions.Select(s => s.Distance).OfType<DistanceRange>().Aggregate((DistanceRange?)null, (sum, d) => sum is null ? d : sum.Add(d));
}

/// <summary>A member's season laid out week by week.</summary>
public sealed record Season(
    RaceDetails Race,
    DateOnly RecoveryEnds,
    DateOnly OffSeasonStarts,
    DateOnly? BuildUpStarts,
    bool HasPublishedPlan,
    IReadOnlyList<SeasonWeek> Weeks)
{
    public SeasonWeek? WeekOf(DateOnly date) => Weeks.FirstOrDefault(w => w.Contains(date));
}

/// <summary>
/// Lays out a member's season from their race and the crew's published plan:
/// recovery (the race date + 3 or 4 weeks), then off-season weeks repeating the plan from the first Monday
/// after recovery, then — if a goal race is set — build-up weeks for which a coach makes the race plan.
/// </summary>
public static class SeasonCalendar
{
    /// <summary>Build-up before a goal race of at least 30 km (a marathon).</summary>
    public const int BuildUpWeeksMarathon = 12;

    /// <summary>Build-up before a goal race of at least 15 km (a half marathon).</summary>
    public const int BuildUpWeeksHalf = 8;

    /// <summary>Build-up before a shorter goal race (10K, 5K).</summary>
    public const int BuildUpWeeksShort = 6;

    /// <summary>Without a goal race the off-season is shown for at least this many weeks …</summary>
    public const int OffSeasonWeeksShown = 16;

    /// <summary>… and always this many weeks past today.</summary>
    public const int WeeksAheadOfToday = 8;

    /// <summary>A season never lists more weeks than this (a race a year ago plus the weeks ahead).</summary>
    public const int MaxWeeks = 70;

    public static int BuildUpWeeks(decimal goalDistanceKm) => goalDistanceKm switch
    {
        >= 30 => BuildUpWeeksMarathon,
        >= 15 => BuildUpWeeksHalf,
        _ => BuildUpWeeksShort,
    };

    /// <param name="race">The member's last race and optional goal race.</param>
    /// <param name="planVersions">Every published version of the crew's plan for the member's distance (any order; empty when none is published).</param>
    /// <param name="today">Today on the club's wall clock.</param>
    /// <param name="zone">The club's time zone.</param>
    public static Season Build(RaceDetails race, IReadOnlyCollection<PlanVersion> planVersions, DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(race);
        ArgumentNullException.ThrowIfNull(planVersions);
        ArgumentNullException.ThrowIfNull(zone);

        var firstRecoveryDay = race.Date.AddDays(1);
        var recoveryEnds = race.Date.AddDays(7 * race.RecoveryWeeks);
        var offSeasonStarts = ClubWeek.MondayOnOrAfter(recoveryEnds.AddDays(1));
        DateOnly? buildUpStarts = null;
        DateOnly lastMonday;
        if (race.Goal is { } goal)
        {
            var goalMonday = ClubWeek.MondayOf(goal.Date);
            var start = goalMonday.AddDays(-7 * (BuildUpWeeks(goal.DistanceKm) - 1));
            buildUpStarts = start < offSeasonStarts ? offSeasonStarts : start;
            lastMonday = goalMonday < offSeasonStarts ? offSeasonStarts.AddDays(-7) : goalMonday;
            if (buildUpStarts > lastMonday)
            {
                buildUpStarts = null;
            }
        }
        else
        {
            var shown = offSeasonStarts.AddDays(7 * (OffSeasonWeeksShown - 1));
            var ahead = ClubWeek.MondayOf(today).AddDays(7 * WeeksAheadOfToday);
            lastMonday = shown > ahead ? shown : ahead;
        }

        var versions = planVersions.OrderBy(v => v.PublishedUtc).ThenBy(v => v.Number).ToList();
        var weeks = new List<SeasonWeek>();
        var phaseWeek = 0;
        var previousPhase = SeasonPhase.Recovery;
        for (var monday = ClubWeek.MondayOf(firstRecoveryDay); monday <= lastMonday && weeks.Count < MaxWeeks; monday = monday.AddDays(7))
        {
            var phase = monday < offSeasonStarts ? SeasonPhase.Recovery
                : buildUpStarts is { } b && monday >= b ? SeasonPhase.BuildUp
                : SeasonPhase.OffSeason;
            phaseWeek = weeks.Count == 0 || phase != previousPhase ? 1 : phaseWeek + 1;
            previousPhase = phase;
            var startUtc = ClubWeek.StartUtc(monday, zone);
            var endUtc = ClubWeek.StartUtc(monday.AddDays(7), zone);
            if (phase == SeasonPhase.OffSeason && VersionAt(versions, startUtc) is { } version)
            {
                var planWeek = version.Content.Weeks[(phaseWeek - 1) % version.Content.Weeks.Count];
                weeks.Add(new SeasonWeek(weeks.Count + 1, phase, phaseWeek, monday, startUtc, endUtc, version.Number, planWeek.Number, Sessions(monday, planWeek)));
            }
            else
            {
                weeks.Add(new SeasonWeek(weeks.Count + 1, phase, phaseWeek, monday, startUtc, endUtc, null, null, []));
            }
        }

        return new Season(race, recoveryEnds, offSeasonStarts, buildUpStarts, versions.Count > 0, weeks);
    }

    /// <summary>
    /// The version a week follows: the newest one published before the week began, so a version published
    /// today changes next week and later, never a week already under way or past. Weeks before the plan's
    /// first version follow that first version.
    /// </summary>
    internal static PlanVersion? VersionAt(IReadOnlyList<PlanVersion> versionsByDate, DateTime weekStartUtc) =>
        versionsByDate.LastOrDefault(v => v.PublishedUtc <= weekStartUtc) ?? (versionsByDate.Count > 0 ? versionsByDate[0] : null);

    private static List<PlannedSession> Sessions(DateOnly monday, PlanWeek week)
    {
        var sessions = new List<PlannedSession>();
        for (var i = 0; i < TrainingWeek.Days.Count; i++)
        {
            var date = monday.AddDays(i);
            var slot = 0;
            foreach (var s in week.Sessions.Where(s => s.Day == TrainingWeek.Days[i]))
            {
                sessions.Add(new PlannedSession(date, slot++, s.Type, s.Title, s.Distance, s.Notes, s.Effort, s.GroupRunScheduleId));
            }
        }

        return sessions;
    }
}
