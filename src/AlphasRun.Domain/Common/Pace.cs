using System.Globalization;

namespace AlphasRun.Domain.Common;

/// <summary>
/// A running pace, kept in whole seconds per kilometre; written "5:45" per km or per mile. Per mile goes through
/// <see cref="Distance"/>, which alone knows how long a mile is.
/// </summary>
public readonly record struct Pace
{
    private Pace(int secondsPerKm) => SecondsPerKm = secondsPerKm;

    public int SecondsPerKm { get; }

    public static Pace FromSecondsPerKm(int secondsPerKm) => new(secondsPerKm);

    /// <summary>The pace of a run, to the nearest second per km; null unless both distance and time are more than 0.</summary>
    public static Pace? Of(Distance distance, TimeSpan time) =>
        distance.Km > 0 && time > TimeSpan.Zero ? new((int)Math.Round((decimal)time.TotalSeconds / distance.Km)) : null;

    /// <summary>Whole seconds per kilometre or per mile.</summary>
    public int SecondsPer(DistanceUnit unit) => (int)Math.Round(SecondsPerKm * Distance.One(unit).Km);

    /// <summary>"5:45" in <paramref name="unit"/>, as a runner writes it and a form field shows it.</summary>
    public string FormatClock(DistanceUnit unit)
    {
        var seconds = SecondsPer(unit);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");
    }

    /// <summary>"6:00/km" or "9:39/mi".</summary>
    public string Format(DistanceUnit unit) => $"{FormatClock(unit)}/{Distance.Symbol(unit)}";

    /// <summary>"5:45 min/km" or "9:15 min/mi", as pace groups read.</summary>
    public string FormatMinutes(DistanceUnit unit) => $"{FormatClock(unit)} min/{Distance.Symbol(unit)}";

    /// <summary>Reads "m:ss" per <paramref name="unit"/> (minutes 0–59, two-digit seconds 00–59).</summary>
    public static bool TryParse(string? text, DistanceUnit unit, out Pace pace)
    {
        pace = default;
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
        pace = new((int)Math.Round(perUnit / Distance.One(unit).Km));
        return true;
    }

    public override string ToString() => Format(DistanceUnit.Kilometres);
}
