namespace AlphasRun.Domain.Seasons;

/// <summary>
/// The club's training week: Monday to Sunday on the club's wall clock (the crew's plans list Monday
/// first). A week is 7 calendar days, which is 167 or 169 hours across a DST change.
/// </summary>
public static class ClubWeek
{
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The Monday of the week an instant falls in, on the club's wall clock.</summary>
    public static DateOnly MondayOf(DateTime utc, TimeZoneInfo zone) =>
        MondayOf(LocalDate(utc, zone));

    public static DateOnly LocalDate(DateTime utc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));
    }

    /// <summary>Midnight at the start of <paramref name="date"/> on the club's wall clock, as UTC.</summary>
    public static DateTime StartUtc(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);
    }

    public static DateOnly MondayOnOrAfter(DateOnly date) =>
        date.DayOfWeek == DayOfWeek.Monday ? date : MondayOf(date).AddDays(7);
}
