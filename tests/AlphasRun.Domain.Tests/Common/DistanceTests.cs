using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.Tests.Common;

public sealed class DistanceTests
{
    [Fact]
    public void FromMiles_IsTheInternationalMile()
    {
        Distance.FromMiles(1).Km.ShouldBe(1.609344m);
        Distance.One(DistanceUnit.Kilometres).Km.ShouldBe(1m);
        Distance.From(26.2m, DistanceUnit.Miles).ShouldBe(Distance.FromMiles(26.2m));
        Distance.From(42.195m, DistanceUnit.Kilometres).ShouldBe(Distance.FromKm(42.195m));
    }

    [Theory]
    [InlineData(10.5, DistanceUnit.Kilometres)]
    [InlineData(6.5, DistanceUnit.Miles)]
    [InlineData(26.2, DistanceUnit.Miles)]
    [InlineData(0.1, DistanceUnit.Miles)]
    public void From_ThenIn_GivesBackTheNumber(double value, DistanceUnit unit) =>
        Math.Round(Distance.From((decimal)value, unit).In(unit), 10).ShouldBe((decimal)value);

    [Theory]
    [InlineData(10.5, DistanceUnit.Kilometres, "10.5 km")]
    [InlineData(19, DistanceUnit.Kilometres, "19 km")]
    [InlineData(10.46, DistanceUnit.Kilometres, "10.5 km")]
    [InlineData(19, DistanceUnit.Miles, "11.8 mi")]
    [InlineData(10.4607, DistanceUnit.Miles, "6.5 mi")]
    [InlineData(16.09344, DistanceUnit.Miles, "10.0 mi")]
    [InlineData(100, DistanceUnit.Miles, "62.1 mi")]
    public void Format_ReadsInTheMembersUnit(double km, DistanceUnit unit, string expected) =>
        Distance.FromKm((decimal)km).Format(unit).ShouldBe(expected);

    [Theory]
    [InlineData(16, 18, DistanceUnit.Kilometres, "16–18 km")]
    [InlineData(16, 18, DistanceUnit.Miles, "9.9–11.2 mi")]
    [InlineData(15.95, 16, DistanceUnit.Miles, "9.9 mi")]
    public void FormatRange_SaysOneNumberWhenBothEndsReadTheSame(double min, double max, DistanceUnit unit, string expected) =>
        Distance.FormatRange(Distance.FromKm((decimal)min), Distance.FromKm((decimal)max), unit).ShouldBe(expected);

    [Theory]
    [InlineData(10, DistanceUnit.Kilometres, "10")]
    [InlineData(10.46, DistanceUnit.Kilometres, "10.46")]
    [InlineData(10, DistanceUnit.Miles, "6.21")]
    [InlineData(8.05, DistanceUnit.Miles, "5")]
    public void ToInput_IsTheNumberAFormFieldShows(double km, DistanceUnit unit, string expected) =>
        Distance.FromKm((decimal)km).ToInput(unit).ShouldBe(expected);

    [Theory]
    [InlineData("10.5", DistanceUnit.Kilometres, 10.5)]
    [InlineData("10,5", DistanceUnit.Kilometres, 10.5)]
    [InlineData(" 21,1 ", DistanceUnit.Kilometres, 21.1)]
    [InlineData("42", DistanceUnit.Kilometres, 42)]
    [InlineData("-3", DistanceUnit.Kilometres, -3)]
    [InlineData("6,5", DistanceUnit.Miles, 10.460736)]
    public void TryParse_ReadsADecimalCommaAsADecimalPoint(string text, DistanceUnit unit, double expectedKm)
    {
        Distance.TryParse(text, unit, out var distance).ShouldBeTrue();
        distance.Km.ShouldBe((decimal)expectedKm);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ten")]
    [InlineData("10 km")]
    [InlineData("10..5")]
    [InlineData("1,000.5")]
    [InlineData("10,5,1")]
    [InlineData("1e3")]
    public void TryParse_RefusesWhatIsNotANumber(string? text)
    {
        Distance.TryParse(text, DistanceUnit.Kilometres, out var distance).ShouldBeFalse();
        distance.ShouldBe(Distance.Zero);
    }

    [Fact]
    public void Format_ThenTryParse_RoundTripsInEitherUnit()
    {
        foreach (var unit in new[] { DistanceUnit.Kilometres, DistanceUnit.Miles })
        {
            var typed = Distance.FromKm(21.1m).ToInput(unit);
            Distance.TryParse(typed, unit, out var back).ShouldBeTrue();
            back.Format(unit).ShouldBe(Distance.FromKm(21.1m).Format(unit));
        }
    }

    [Fact]
    public void Add_SumsKilometres() =>
        (Distance.FromKm(5) + Distance.FromMiles(1)).Km.ShouldBe(6.609344m);
}
