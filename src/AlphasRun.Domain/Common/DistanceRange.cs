namespace AlphasRun.Domain.Common;

/// <summary>A distance range in kilometres, e.g. a long run of 16–18 km.</summary>
public sealed record DistanceRange
{
    /// <summary>No single session of a club plan is longer than this.</summary>
    public const decimal LimitKm = 100m;

    private DistanceRange(decimal minKm, decimal maxKm)
    {
        MinKm = minKm;
        MaxKm = maxKm;
    }

    public decimal MinKm { get; }

    public decimal MaxKm { get; }

    /// <summary>Returns the problem with a range, or null when 0 &lt; min ≤ max ≤ 100 km.</summary>
    public static string? Check(decimal minKm, decimal maxKm)
    {
        if (minKm <= 0)
        {
            return "The shortest distance must be more than 0 km.";
        }

        if (minKm > maxKm)
        {
            return "The shortest distance cannot be more than the longest.";
        }

        if (maxKm > LimitKm)
        {
            return $"A session cannot be longer than {LimitKm} km.";
        }

        return null;
    }

    public static DistanceRange Create(decimal minKm, decimal maxKm)
    {
        var problem = Check(minKm, maxKm);
        return problem is null ? new DistanceRange(minKm, maxKm) : throw new DomainException(problem);
    }

    /// <summary>Adds two ranges; a week's total may exceed the per-session limit, so no check here.</summary>
    public DistanceRange Add(DistanceRange other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new DistanceRange(MinKm + other.MinKm, MaxKm + other.MaxKm);
    }

    public DistanceRange Scale(decimal factor) =>
        Create(Math.Round(MinKm * factor, 1), Math.Round(MaxKm * factor, 1));

    public Distance Min => Distance.FromKm(MinKm);

    public Distance Max => Distance.FromKm(MaxKm);

    /// <summary>Formats the range, e.g. "16–18 km" or "9.9–11.2 mi" (one decimal in miles).</summary>
    public string Format(DistanceUnit unit) => Distance.FormatRange(Min, Max, unit);

    public override string ToString() => Format(DistanceUnit.Kilometres);
}
