using System.Globalization;

namespace AlphasRun.Domain.Common;

/// <summary>
/// A distance, kept in kilometres. The only place that knows how long a mile is: every other layer computes in
/// kilometres and reads or writes a member's unit through <see cref="From"/>, <see cref="In"/>, <see cref="Format"/>
/// and <see cref="TryParse"/> (an architecture test keeps the conversion factor in this file).
/// </summary>
public readonly record struct Distance
{
    /// <summary>The international mile.</summary>
    private const decimal KmPerMile = 1.609344m;

    private Distance(decimal km) => Km = km;

    public decimal Km { get; }

    public static Distance Zero => default;

    public static Distance FromKm(decimal km) => new(km);

    public static Distance FromMiles(decimal miles) => new(miles * KmPerMile);

    public static Distance From(decimal value, DistanceUnit unit) => unit == DistanceUnit.Miles ? FromMiles(value) : FromKm(value);

    /// <summary>One kilometre or one mile: what a pace "per unit" is per.</summary>
    public static Distance One(DistanceUnit unit) => From(1, unit);

    /// <summary>The number in <paramref name="unit"/>, unrounded.</summary>
    public decimal In(DistanceUnit unit) => unit == DistanceUnit.Miles ? Km / KmPerMile : Km;

    public Distance Add(Distance other) => new(Km + other.Km);

    public static Distance operator +(Distance left, Distance right) => left.Add(right);

    /// <summary>"10.5 km" (up to one decimal) or "6.5 mi" (always one decimal).</summary>
    public string Format(DistanceUnit unit) => FormatRange(this, this, unit);

    /// <summary>A min–max pair, e.g. "16–18 km" or "9.9–11.2 mi"; one number when both read the same.</summary>
    public static string FormatRange(Distance min, Distance max, DistanceUnit unit)
    {
        var miles = unit == DistanceUnit.Miles;
        var low = miles ? Math.Round(min.In(unit), 1) : min.Km;
        var high = miles ? Math.Round(max.In(unit), 1) : max.Km;
        var format = miles ? "0.0" : "0.#";
        var lowText = low.ToString(format, CultureInfo.InvariantCulture);
        var highText = high.ToString(format, CultureInfo.InvariantCulture);
        var suffix = Symbol(unit);
        return low == high ? $"{lowText} {suffix}" : $"{lowText}–{highText} {suffix}";
    }

    /// <summary>The number as a form field shows it, in <paramref name="unit"/> with up to two decimals and no unit: "6.21".</summary>
    public string ToInput(DistanceUnit unit) => Math.Round(In(unit), 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"km" or "mi".</summary>
    public static string Symbol(DistanceUnit unit) => unit == DistanceUnit.Miles ? "mi" : "km";

    /// <summary>
    /// Reads a number typed in <paramref name="unit"/>, such as "10.5" or "10,5" (a decimal comma is a decimal
    /// point; there are no thousands separators in a run's distance). Signs are read so a rule can say "more than 0".
    /// </summary>
    public static bool TryParse(string? text, DistanceUnit unit, out Distance distance)
    {
        distance = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var number = text.Trim().Replace(',', '.');
        if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        distance = From(value, unit);
        return true;
    }

    public override string ToString() => Format(DistanceUnit.Kilometres);
}
