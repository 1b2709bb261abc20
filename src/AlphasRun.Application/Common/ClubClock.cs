using System.Globalization;
using Microsoft.Extensions.Options;

namespace AlphasRun.Application.Common;

/// <summary>Now, and the club's time zone: every conversion between UTC and the club's wall clock goes through here.</summary>
public sealed class ClubClock(TimeProvider timeProvider, IOptions<ClubOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>Times and dates are written the way the club writes them: "Tuesday, December 1", "6:00 PM".</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-US");

    public TimeZoneInfo Zone => _zone;

    public DateTime UtcNow => timeProvider.GetUtcNow().UtcDateTime;

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);

    public DateOnly Today => DateOnly.FromDateTime(ToLocal(UtcNow));
}
