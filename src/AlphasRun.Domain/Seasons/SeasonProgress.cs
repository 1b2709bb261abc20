using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.Seasons;

/// <summary>How one week went: the plan's range against what was logged, and the flags a coach looks for.</summary>
/// <remarks>
/// <para>DoneKm: Distance run that week; a run logged without a distance (a check-in) counts as its planned minimum.</para>
/// <para>Estimated: True when DoneKm includes such an estimate.</para>
/// <para>Finished: The week's Sunday is past.</para>
/// <para>OnPlan: Done at least the planned minimum and not overdoing it.</para>
/// <para>Overdoing: Done more than the planned maximum by more than 10%.</para>
/// <para>UnderHalf: A finished week with less than half the planned minimum done.</para>
/// <para>Drifting: This and the previous planned week were both under half.</para>
/// </remarks>
public sealed record WeekTally(
    SeasonWeek Week,
    DistanceRange? Planned,
    decimal DoneKm,
    bool Estimated,
    int SessionsPlanned,
    int SessionsDone,
    int SessionsSkipped,
    bool Finished,
    bool OnPlan,
    bool Overdoing,
    bool UnderHalf,
    bool Drifting);

/// <summary>The season's weeks with what was done in them, the streak, and the current flags.</summary>
/// <remarks>
/// <para>Streak: Consecutive planned weeks on plan, counting back from this week (when already on plan) or last week.</para>
/// </remarks>
public sealed record SeasonProgress(IReadOnlyList<WeekTally> Weeks, int Streak)
{
    /// <summary>Done more than planned max by more than this share is overdoing it.</summary>
    public const decimal OverdoingMargin = 0.10m;

    /// <summary>A finished week below this share of the planned minimum is under half.</summary>
    public const decimal UnderShare = 0.5m;

    /// <summary>Overdoing this week or last week.</summary>
    public bool Overdoing(DateOnly today) => Recent(today).Any(w => w.Overdoing);

    /// <summary>The two latest finished planned weeks were both under half of plan.</summary>
    public bool Drifting => Weeks.LastOrDefault(w => w.Finished && w.Planned is not null)?.Drifting ?? false;

    public static SeasonProgress Evaluate(Season season, IReadOnlyCollection<TrainingLogEntry> entries, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(season);
        ArgumentNullException.ThrowIfNull(entries);
        var tallies = new List<WeekTally>();
        WeekTally? previousPlanned = null;
        foreach (var week in season.Weeks)
        {
            var inWeek = entries.Where(e => week.Contains(e.Date)).ToList();
            var runs = inWeek.Where(e => e.CountsAsRun).ToList();
            var done = runs.Sum(e => e.DistanceKm ?? e.PlannedMinKm ?? 0);
            var estimated = runs.Any(e => e.DistanceKm is null && e.PlannedMinKm is not null);
            var planned = week.PlannedDistance;
            var finished = today > week.Sunday;
            var overdoing = planned is not null && done > planned.MaxKm * (1 + OverdoingMargin);
            var underHalf = planned is not null && finished && done < planned.MinKm * UnderShare;
            var onPlan = planned is not null && done >= planned.MinKm && !overdoing;
            var drifting = underHalf && previousPlanned is { UnderHalf: true };
            var tally = new WeekTally(
                week,
                planned,
                done,
                estimated,
                week.Sessions.Count(s => s.Distance is not null),
                inWeek.Count(e => e.Kind == LogEntryKind.Done),
                inWeek.Count(e => e.Kind == LogEntryKind.Skipped),
                finished,
                onPlan,
                overdoing,
                underHalf,
                drifting);
            tallies.Add(tally);
            if (planned is not null)
            {
                previousPlanned = tally;
            }
        }

        return new SeasonProgress(tallies, StreakOf(tallies, today));
    }

    private static int StreakOf(List<WeekTally> tallies, DateOnly today)
    {
        var streak = 0;
        foreach (var tally in Enumerable.Reverse(tallies))
        {
            if (tally.Week.Monday > today || tally.Planned is null)
            {
                continue;
            }

            if (tally.OnPlan)
            {
                streak++;
            }
            else if (tally.Finished)
            {
                break;
            }
        }

        return streak;
    }

    private IEnumerable<WeekTally> Recent(DateOnly today) =>
        Weeks.Where(w => w.Week.Contains(today) || w.Week.Contains(today.AddDays(-7)));
}
