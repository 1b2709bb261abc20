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

    /// <summary>The wording of the range rules, shared by the plan editor's validator and this type's own last-line check.</summary>
    public const string MinNotPositive = "The shortest distance must be more than 0 km.";

    public const string MaxBelowMin = "The longest distance cannot be less than the shortest.";

    public static readonly string TooLong = $"A session cannot be longer than {LimitKm:0} km.";

    public static DistanceRange Create(decimal minKm, decimal maxKm)
    {
        // An invariant, not the place people read rules: the validators refuse these first, in the same words.
        var problem = minKm <= 0 ? MinNotPositive : minKm > maxKm ? MaxBelowMin : maxKm > LimitKm ? TooLong : null;
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
