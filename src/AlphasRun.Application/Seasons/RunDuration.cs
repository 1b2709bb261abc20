using System.Globalization;

namespace AlphasRun.Application.Seasons;

/// <summary>Reads and writes times the way runners type them: "45", "45:30", "1:05:00".</summary>
public static class RunDuration
{
    /// <summary>
    /// A training run's time: minutes ("45"), minutes and seconds ("45:30") or hours, minutes and seconds ("1:05:00").
    /// With <paramref name="twoPartsAreHours"/> (a race's finish time) "3:45" is 3 h 45 min.
    /// </summary>
    public static bool TryParse(string? text, bool twoPartsAreHours, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split(':');
        if (parts.Length > 3 || parts.Any(p => p.Length is 0 or > 4 || !p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (numbers.Skip(1).Any(n => n > 59))
        {
            return false;
        }

        duration = numbers.Length switch
        {
            1 => TimeSpan.FromMinutes(numbers[0]),
            2 when twoPartsAreHours => new TimeSpan(numbers[0], numbers[1], 0),
            2 => new TimeSpan(0, numbers[0], numbers[1]),
            _ => new TimeSpan(numbers[0], numbers[1], numbers[2]),
        };
        return true;
    }

    /// <summary>"45:30" or "1:05:00".</summary>
    public static string Format(TimeSpan duration) =>
        duration.TotalHours >= 1
            ? $"{(int)duration.TotalHours}:{duration.Minutes:00}:{duration.Seconds:00}"
            : $"{duration.Minutes}:{duration.Seconds:00}";
}
