namespace AlphasRun.Domain.GroupRuns;

/// <summary>A dated start of a weekly schedule: the local date and the UTC instant it starts.</summary>
public readonly record struct PlannedOccurrence(DateOnly LocalDate, DateTime StartUtc);

/// <summary>
/// Turns a weekly schedule ("Tuesday 18:00 in Toronto") into dated starts. Each date is converted
/// on its own, so a run after a DST change still starts at 18:00 local time.
/// </summary>
public static class OccurrencePlanner
{
    public static IReadOnlyList<PlannedOccurrence> Plan(DayOfWeek day, TimeOnly localStart, DateTime fromUtc, int days, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc), zone));
        var result = new List<PlannedOccurrence>();
        for (var date = today; date < today.AddDays(days); date = date.AddDays(1))
        {
            if (date.DayOfWeek != day)
            {
                continue;
            }

            var startUtc = ToUtc(date, localStart, zone);
            if (startUtc >= fromUtc)
            {
                result.Add(new PlannedOccurrence(date, startUtc));
            }
        }

        return result;
    }

    /// <summary>Converts a local wall-clock time to UTC; a time that falls in a spring-forward gap moves an hour later.</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
