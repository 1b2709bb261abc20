using System.Globalization;
using AlphasRun.Domain.Common;

namespace AlphasRun.Application.Runners;

/// <summary>Easy pace as runners write it ("5:45" per km or per mile), stored as seconds per kilometre.</summary>
public static class Pace
{
    public const int FastestSecondsPerKm = 150; // 2:30 /km
    public const int SlowestSecondsPerKm = 900; // 15:00 /km

    public static bool TryParse(string? text, DistanceUnit unit, out int secondsPerKm)
    {
        secondsPerKm = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split(':');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || parts[1].Length != 2 || seconds > 59 || minutes > 59)
        {
            return false;
        }

        var perUnit = (minutes * 60) + seconds;
        secondsPerKm = unit == DistanceUnit.Miles ? (int)Math.Round(perUnit / DistanceRange.KmPerMile) : perUnit;
        return true;
    }

    public static string Format(int secondsPerKm, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        var perUnit = unit == DistanceUnit.Miles ? (int)Math.Round(secondsPerKm * DistanceRange.KmPerMile) : secondsPerKm;
        return string.Create(CultureInfo.InvariantCulture, $"{perUnit / 60}:{perUnit % 60:00}");
    }
}
