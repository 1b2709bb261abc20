using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.Tests.Common;

public sealed class PaceTests
{
    [Theory]
    [InlineData(345, DistanceUnit.Kilometres, "5:45/km")]
    [InlineData(360, DistanceUnit.Kilometres, "6:00/km")]
    [InlineData(360, DistanceUnit.Miles, "9:39/mi")]
    [InlineData(345, DistanceUnit.Miles, "9:15/mi")]
    public void Format_ReadsInTheMembersUnit(int secondsPerKm, DistanceUnit unit, string expected) =>
        Pace.FromSecondsPerKm(secondsPerKm).Format(unit).ShouldBe(expected);

    [Theory]
    [InlineData(300, DistanceUnit.Kilometres, "5:00", "5:00 min/km")]
    [InlineData(300, DistanceUnit.Miles, "8:03", "8:03 min/mi")]
    [InlineData(390, DistanceUnit.Miles, "10:28", "10:28 min/mi")]
    [InlineData(150, DistanceUnit.Miles, "4:01", "4:01 min/mi")]
    public void FormatClockAndMinutes_AreTheSameNumber(int secondsPerKm, DistanceUnit unit, string clock, string minutes)
    {
        var pace = Pace.FromSecondsPerKm(secondsPerKm);
        pace.FormatClock(unit).ShouldBe(clock);
        pace.FormatMinutes(unit).ShouldBe(minutes);
    }

    [Theory]
    [InlineData("5:45", DistanceUnit.Kilometres, 345)]
    [InlineData(" 6:30 ", DistanceUnit.Kilometres, 390)]
    [InlineData("9:15", DistanceUnit.Miles, 345)]
    [InlineData("8:03", DistanceUnit.Miles, 300)]
    public void TryParse_ReadsMinutesAndSecondsPerUnit(string text, DistanceUnit unit, int expectedSecondsPerKm)
    {
        Pace.TryParse(text, unit, out var pace).ShouldBeTrue();
        pace.SecondsPerKm.ShouldBe(expectedSecondsPerKm);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("545")]
    [InlineData("5:4")]
    [InlineData("5:60")]
    [InlineData("60:00")]
    [InlineData("5:45:00")]
    [InlineData("-5:45")]
    [InlineData("five")]
    public void TryParse_RefusesWhatIsNotAPace(string? text) =>
        Pace.TryParse(text, DistanceUnit.Kilometres, out _).ShouldBeFalse();

    [Theory]
    [InlineData(DistanceUnit.Kilometres)]
    [InlineData(DistanceUnit.Miles)]
    public void FormatClock_ThenTryParse_RoundTrips(DistanceUnit unit)
    {
        foreach (var secondsPerKm in new[] { 150, 300, 345, 390, 900 })
        {
            Pace.TryParse(Pace.FromSecondsPerKm(secondsPerKm).FormatClock(unit), unit, out var back).ShouldBeTrue();
            back.SecondsPerKm.ShouldBe(secondsPerKm);
        }
    }

    [Fact]
    public void Of_IsTimeOverDistance_AndNeedsBoth()
    {
        Pace.Of(Distance.FromKm(11), TimeSpan.FromMinutes(66)).ShouldBe(Pace.FromSecondsPerKm(360));
        Pace.Of(Distance.FromMiles(5), TimeSpan.FromMinutes(50))!.Value.Format(DistanceUnit.Miles).ShouldBe("10:00/mi");
        Pace.Of(Distance.Zero, TimeSpan.FromMinutes(50)).ShouldBeNull();
        Pace.Of(Distance.FromKm(5), TimeSpan.Zero).ShouldBeNull();
    }
}
