using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.Tests.Common;

public sealed class DistanceRangeTests
{
    [Theory]
    [InlineData(0, 5)]
    [InlineData(-1, 5)]
    [InlineData(12, 10)]
    [InlineData(90, 100.1)]
    public void Create_WhenRangeBreaksTheRule_IsRefusedWithAReason(double min, double max)
    {
        var ex = Should.Throw<DomainException>(() => DistanceRange.Create((decimal)min, (decimal)max));
        ex.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(0.1, 0.1)]
    [InlineData(16, 18)]
    [InlineData(100, 100)]
    public void Create_WhenZeroBelowMinAtMostMaxAtMostHundred_Succeeds(double min, double max)
    {
        var range = DistanceRange.Create((decimal)min, (decimal)max);
        range.MinKm.ShouldBe((decimal)min);
        range.MaxKm.ShouldBe((decimal)max);
    }

    [Fact]
    public void Create_OutOfRange_IsRefusedInTheValidatorsWords()
    {
        Should.Throw<DomainException>(() => DistanceRange.Create(0, 5)).Message.ShouldBe("The shortest distance must be more than 0 km.");
        Should.Throw<DomainException>(() => DistanceRange.Create(12, 10)).Message.ShouldBe("The longest distance cannot be less than the shortest.");
        Should.Throw<DomainException>(() => DistanceRange.Create(10, 101)).Message.ShouldBe("A session cannot be longer than 100 km.");
        DistanceRange.Create(10, 12).MaxKm.ShouldBe(12);
    }

    [Theory]
    [InlineData(16, 18, "16–18 km", "9.9–11.2 mi")]
    [InlineData(10, 12, "10–12 km", "6.2–7.5 mi")]
    [InlineData(8, 10, "8–10 km", "5.0–6.2 mi")]
    [InlineData(5, 5, "5 km", "3.1 mi")]
    public void Format_InKmAndMiles_UsesOneDecimalForMiles(int min, int max, string km, string mi)
    {
        var range = DistanceRange.Create(min, max);
        range.Format(DistanceUnit.Kilometres).ShouldBe(km);
        range.Format(DistanceUnit.Miles).ShouldBe(mi);
    }

    [Fact]
    public void Add_SumsBothEnds()
    {
        var week = DistanceRange.Create(16, 18).Add(DistanceRange.Create(10, 12)).Add(DistanceRange.Create(10, 12));
        week.Format(DistanceUnit.Kilometres).ShouldBe("36–42 km");
    }

    [Fact]
    public void Scale_RoundsToOneDecimal()
    {
        DistanceRange.Create(16, 18).Scale(0.6m).ShouldBe(DistanceRange.Create(9.6m, 10.8m));
    }
}
