using System.Globalization;
using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.Plans;

/// <summary>
/// "What changed" between two published versions of a plan, in words a runner reads:
/// "Week 1 Sunday long run 16–18 → 18–20 km; Week 2 added".
/// </summary>
public static class PlanChangeSummary
{
    public const string FirstVersion = "First version.";
    public const string NoChanges = "No changes to the sessions.";

    /// <summary>The stored summary is capped; beyond this the rest is counted, not listed.</summary>
    public const int MaxLength = 1000;

    public static string Describe(PlanVersion? previous, TrainingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (previous is null)
        {
            return FirstVersion;
        }

        var changes = new List<string>();
        if (previous.Name != plan.Name)
        {
            changes.Add($"Renamed to \"{plan.Name}\"");
        }

        if (previous.Audience != plan.Audience)
        {
            changes.Add($"Now for {plan.Audience.DisplayName().ToLowerInvariant()} runners");
        }

        if (previous.Description != plan.Description)
        {
            changes.Add("Description updated");
        }

        changes.AddRange(Changes(previous.Content, plan.Draft));
        return changes.Count == 0 ? NoChanges : Join(changes);
    }

    /// <summary>The session-by-session differences between two sets of weeks, in plan order.</summary>
    public static IReadOnlyList<string> Changes(PlanContent before, PlanContent after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<string>();
        var numbers = before.Weeks.Select(w => w.Number).Union(after.Weeks.Select(w => w.Number)).Order();
        foreach (var number in numbers)
        {
            var old = before.Weeks.FirstOrDefault(w => w.Number == number);
            var @new = after.Weeks.FirstOrDefault(w => w.Number == number);
            if (old is null)
            {
                changes.Add($"Week {number} added");
            }
            else if (@new is null)
            {
                changes.Add($"Week {number} removed");
            }
            else
            {
                changes.AddRange(TrainingWeek.Days.SelectMany(day => DayChanges(number, day, old, @new)));
            }
        }

        return changes;
    }

    private static IEnumerable<string> DayChanges(int week, DayOfWeek day, PlanWeek before, PlanWeek after)
    {
        // Sessions are matched by type within the day (the first easy run with the first easy run):
        // a coach reads "long run 16–18 → 18–20 km", not "session 3 changed".
        foreach (var type in Enum.GetValues<SessionType>())
        {
            var old = before.Sessions.Where(s => s.Day == day && s.Type == type).ToList();
            var @new = after.Sessions.Where(s => s.Day == day && s.Type == type).ToList();
            var what = $"Week {week} {day} {type.DisplayName().ToLowerInvariant()}";
            for (var i = 0; i < Math.Max(old.Count, @new.Count); i++)
            {
                if (i >= old.Count)
                {
                    yield return @new[i].Distance is { } d ? $"{what} added ({d})" : $"{what} added";
                }
                else if (i >= @new.Count)
                {
                    yield return $"{what} removed";
                }
                else if (SessionChange(old[i], @new[i]) is { } change)
                {
                    yield return $"{what} {change}";
                }
            }
        }
    }

    private static string? SessionChange(PlanSession before, PlanSession after)
    {
        var parts = new List<string>();
        if (before.Distance != after.Distance)
        {
            parts.Add(DistanceChange(before.Distance, after.Distance));
        }

        if (before.GroupRunScheduleId != after.GroupRunScheduleId)
        {
            parts.Add(after.GroupRunScheduleId is null ? "no longer a crew run" : "now run with the crew");
        }

        var edited = new List<string>();
        if (before.Title != after.Title)
        {
            edited.Add("title");
        }

        if (before.Effort != after.Effort)
        {
            edited.Add("effort");
        }

        if (before.Notes != after.Notes)
        {
            edited.Add("notes");
        }

        if (edited.Count > 0)
        {
            parts.Add($"({string.Join(", ", edited)} edited)");
        }

        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static string DistanceChange(DistanceRange? before, DistanceRange? after) => (before, after) switch
    {
        ({ } b, { } a) => $"{Numbers(b)} → {a}",
        (null, { } a) => $"now {a}",
        _ => "no longer has a distance",
    };

    private static string Numbers(DistanceRange range)
    {
        var min = range.MinKm.ToString("0.#", CultureInfo.InvariantCulture);
        var max = range.MaxKm.ToString("0.#", CultureInfo.InvariantCulture);
        return range.MinKm == range.MaxKm ? min : $"{min}–{max}";
    }

    private static string Join(List<string> changes)
    {
        var text = string.Join("; ", changes) + ".";
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var kept = new List<string>();
        var length = 0;
        foreach (var change in changes)
        {
            if (length + change.Length + 40 > MaxLength)
            {
                break;
            }

            kept.Add(change);
            length += change.Length + 2;
        }

        return $"{string.Join("; ", kept)}; and {changes.Count - kept.Count} more changes.";
    }
}
