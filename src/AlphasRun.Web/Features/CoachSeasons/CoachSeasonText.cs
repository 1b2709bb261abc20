using System.Globalization;
using AlphasRun.Application.Seasons;
using AlphasRun.Application.Seasons.Coaching;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Seasons;

namespace AlphasRun.Web.Features.CoachSeasons;

/// <summary>How the coach's pages word a member's season: the flags as a coach would say them, distances in the coach's unit.</summary>
public static class CoachSeasonText
{
    private static readonly string[] Counts = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>"Doing more than planned: 12.4 km over the top of the range this week".</summary>
    public static string Overdoing(OverdoingWeekDto week, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(week);
        return $"Doing more than planned: {Distance.FromKm(week.OverKm).Format(unit)} over the top of the range {(week.IsThisWeek ? "this week" : "last week")}";
    }

    /// <summary>"Drifting: under half the plan two weeks running".</summary>
    public static string Drifting(int weeks) =>
        $"Drifting: under half the plan {(weeks < Counts.Length ? Counts[weeks] : weeks.ToString(CultureInfo.InvariantCulture))} weeks running";

    /// <summary>This week's planned range against what was logged, e.g. "Off-season week 2: 19 km of 41–48 km".</summary>
    public static string ThisWeek(SeasonComplianceDto compliance, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(compliance);
        if (compliance.ThisWeek is not { } week)
        {
            return "The season's last week is past";
        }

        return week.Planned is { } planned
            ? $"{week.Title}: {Done(week, unit)} of {planned.Format(unit)}"
            : $"{week.Title}: {Done(week, unit)} (nothing planned)";
    }

    public static string Done(SeasonWeekDto week, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(week);
        return Distance.FromKm(week.DoneKm).Format(unit) + (week.Estimated ? " (some estimated)" : string.Empty);
    }

    public static string Streak(int weeks) => weeks switch
    {
        0 => "no streak of weeks on plan",
        1 => "1 week on plan",
        _ => $"{weeks} weeks on plan in a row",
    };

    public static string LastLogged(DateOnly? date, DateOnly today) => date switch
    {
        null => "nothing logged yet",
        { } d when d == today => "last logged today",
        { } d when d == today.AddDays(-1) => "last logged yesterday",
        { } d => $"last logged {d.ToString("MMM d", ClubClock.Culture)}",
    };

    public static string Race(RaceDetails race)
    {
        ArgumentNullException.ThrowIfNull(race);
        var text = $"{race.Distance.DisplayName()} on {race.Date.ToString("MMMM d, yyyy", ClubClock.Culture)}";
        return race.FinishTime is { } finish ? $"{text} in {RunDuration.Format(finish)}" : text;
    }

    public static string Goal(GoalRace goal, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return $"{goal.Name}, {goal.Date.ToString("MMMM d, yyyy", ClubClock.Culture)} ({Distance.FromKm(goal.DistanceKm).Format(unit)})";
    }

    public static string Dates(SeasonWeekDto week)
    {
        ArgumentNullException.ThrowIfNull(week);
        return week.Monday.Month == week.Sunday.Month
            ? $"{week.Monday.ToString("MMM d", ClubClock.Culture)}–{week.Sunday.Day}"
            : $"{week.Monday.ToString("MMM d", ClubClock.Culture)} – {week.Sunday.ToString("MMM d", ClubClock.Culture)}";
    }

    /// <summary>What was logged, e.g. "Done: 11 km in 1:06:00 (6:00 min/km), effort 5", "Skipped".</summary>
    public static string Logged(LogEntryDto entry, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Kind == LogEntryKind.Skipped)
        {
            return "Skipped";
        }

        var parts = new List<string>();
        if (entry.DistanceKm is { } km)
        {
            parts.Add(Distance.FromKm(km).Format(unit));
        }
        else if (entry.FromCheckIn)
        {
            parts.Add("checked in at the crew run");
        }

        if (entry.Duration is { } duration)
        {
            parts.Add("in " + RunDuration.Format(duration));
        }

        if (entry.PaceSecondsPerKm is { } pace)
        {
            parts.Add($"({Pace.FromSecondsPerKm(pace).Format(unit)})");
        }

        var text = (entry.Kind == LogEntryKind.Extra ? "Ran " : "Done: ") + string.Join(" ", parts);
        return entry.Effort is { } effort ? $"{text.TrimEnd()}, effort {effort}/10" : text.TrimEnd().TrimEnd(':');
    }

    /// <summary>The bar's share of the scale, 0–100, for CSS widths.</summary>
    public static string Percent(decimal km, decimal scaleKm) =>
        (scaleKm <= 0 ? 0 : Math.Min(100, Math.Round(km / scaleKm * 100, 1))).ToString("0.#", CultureInfo.InvariantCulture);
}
