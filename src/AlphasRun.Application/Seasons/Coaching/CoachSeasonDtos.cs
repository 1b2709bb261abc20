using AlphasRun.Domain.Common;
using AlphasRun.Domain.Seasons;

namespace AlphasRun.Application.Seasons.Coaching;

/// <summary>A sharing member's season as a coach reads it: the whole report and its compliance summary.</summary>
public sealed record CoachSeasonDto(SeasonReportDto Season, SeasonComplianceDto Compliance);

/// <summary>One line of the coaches' list: a member who shares their season, and how it is going.</summary>
public sealed record SharedSeasonDto(Guid RunnerId, string Name, RaceDetails Race, SeasonComplianceDto Compliance);

/// <summary>
/// Planned vs done at a glance (what TrainingPeaks calls compliance): this week's range against what was
/// logged, and the flags that tell a coach whom to talk to.
/// </summary>
/// <remarks>
/// <para>Today: The club's date the summary was made on.</para>
/// <para>ThisWeek: The week containing today; null once the season's last week is past.</para>
/// <para>Overdoing: The week (this one, else last one) done more than 10% over the plan's maximum; null when neither was.</para>
/// <para>DriftingWeeks: How many finished planned weeks running, up to the latest, were under half of plan; 0 unless drifting (two or more).</para>
/// <para>LastLogged: The date of the member's latest log entry in the season, if any.</para>
/// </remarks>
public sealed record SeasonComplianceDto(
    DateOnly Today,
    SeasonWeekDto? ThisWeek,
    OverdoingWeekDto? Overdoing,
    int DriftingWeeks,
    int Streak,
    DateOnly? LastLogged)
{
    public bool Drifting => DriftingWeeks >= 2;

    /// <summary>A flag is up: a coach may want a word with this member.</summary>
    public bool NeedsAWord => Overdoing is not null || Drifting;

    /// <summary>Reads a season report's weeks into the coach's summary (the flags come from the Domain's <see cref="SeasonProgress"/>).</summary>
    public static SeasonComplianceDto Of(SeasonReportDto season)
    {
        ArgumentNullException.ThrowIfNull(season);
        var thisWeek = season.ThisWeek;
        var lastWeek = season.Weeks.FirstOrDefault(w => w.Monday <= season.Today.AddDays(-7) && season.Today.AddDays(-7) <= w.Sunday);
        var overdoing = new[] { thisWeek, lastWeek }
            .FirstOrDefault(w => w is { Overdoing: true, Planned: not null }) is { } over
            ? new OverdoingWeekDto(over.Title, over.IsCurrent, over.Planned!, over.DoneKm)
            : null;

        var drifting = 0;
        if (season.Drifting)
        {
            foreach (var week in season.Weeks.Where(w => w.Finished && w.Planned is not null).Reverse())
            {
                if (!week.UnderHalf)
                {
                    break;
                }

                drifting++;
            }
        }

        var lastLogged = season.Weeks
            .SelectMany(w => w.Sessions.Select(s => s.Log).OfType<LogEntryDto>().Concat(w.OtherRuns))
            .Select(e => (DateOnly?)e.Date)
            .Max();
        return new SeasonComplianceDto(season.Today, thisWeek, overdoing, drifting, season.Streak, lastLogged);
    }
}

/// <summary>A week done more than 10% over the top of its planned range.</summary>
/// <remarks><para>IsThisWeek: The current week; otherwise last week.</para></remarks>
public sealed record OverdoingWeekDto(string WeekTitle, bool IsThisWeek, DistanceRange Planned, decimal DoneKm)
{
    /// <summary>How far over the top of the planned range (not over the 10% margin).</summary>
    public decimal OverKm => DoneKm - Planned.MaxKm;
}
