using AlphasRun.Application.Seasons;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Seasons;

namespace AlphasRun.Web.Features.MySeason;

/// <summary>How the season reads on the page, in the member's unit (km or mi).</summary>
internal static class SeasonText
{
    public static string Day(DateOnly date) => date.ToString("ddd, MMM d", ClubClock.Culture);

    public static string LongDay(DateOnly date) => date.ToString("dddd, MMMM d", ClubClock.Culture);

    public static string Span(DateOnly monday, DateOnly sunday) =>
        $"{monday.ToString("MMM d", ClubClock.Culture)} – {sunday.ToString("MMM d", ClubClock.Culture)}";

    /// <summary>What the member logged, in one line: "Done · 11 km · 1:06:00 · 6:00/km · effort 5".</summary>
    public static string Logged(LogEntryDto log, DistanceUnit unit)
    {
        if (log.Kind == LogEntryKind.Skipped)
        {
            return "Skipped";
        }

        var parts = new List<string> { log.FromCheckIn && log.DistanceKm is null ? "Done (checked in by a coach)" : "Done" };
        if (log.DistanceKm is { } km)
        {
            parts.Add(Distance.FromKm(km).Format(unit));
        }

        if (log.Duration is { } t)
        {
            parts.Add(RunDuration.Format(t));
        }

        if (log.PaceSecondsPerKm is { } pace)
        {
            parts.Add(Pace.FromSecondsPerKm(pace).Format(unit));
        }

        if (log.Effort is { } effort)
        {
            parts.Add($"effort {effort}/10");
        }

        return string.Join(" · ", parts);
    }

    public static string WeekSummary(SeasonWeekDto week, DistanceUnit unit) => week.Planned is { } planned
        ? $"Planned {planned.Format(unit)} · done {Distance.FromKm(week.DoneKm).Format(unit)}{(week.Estimated ? " (includes check-ins without a distance)" : "")}"
        : $"Done {Distance.FromKm(week.DoneKm).Format(unit)}";

    public static string? Verdict(SeasonWeekDto week) => week switch
    {
        { Overdoing: true } => "More than 10% over the plan: take it easy.",
        { Drifting: true } => "Two weeks under half of the plan: a coach can help you get back on track.",
        { OnPlan: true } => "On plan.",
        { UnderHalf: true } => "Under half of the plan.",
        _ => null,
    };
}
