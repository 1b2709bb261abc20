using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Domain.Tests.GroupRuns;

public sealed class OccurrencePlannerTests
{
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    [Theory]
    [InlineData("2026-03-08T05:00:00Z", "2026-03-10", 22)] // spring forward on Sunday 8 March: EDT, UTC-4
    [InlineData("2026-11-01T05:00:00Z", "2026-11-03", 23)] // fall back on Sunday 1 November: EST, UTC-5
    public void Plan_TuesdayAfterDstChange_StillStartsAtSixPmLocal(string fromUtc, string tuesday, int expectedUtcHour)
    {
        var from = DateTime.Parse(fromUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal);

        var runs = OccurrencePlanner.Plan(DayOfWeek.Tuesday, new TimeOnly(18, 0), from, 7, Toronto);

        var run = runs.ShouldHaveSingleItem();
        run.LocalDate.ShouldBe(DateOnly.Parse(tuesday, System.Globalization.CultureInfo.InvariantCulture));
        run.StartUtc.Hour.ShouldBe(expectedUtcHour);
        TimeZoneInfo.ConvertTimeFromUtc(run.StartUtc, Toronto).TimeOfDay.ShouldBe(new TimeSpan(18, 0, 0));
    }

    [Fact]
    public void Plan_AcrossAutumnChange_EveryRunIsAtEightAmLocal()
    {
        var from = new DateTime(2026, 10, 20, 12, 0, 0, DateTimeKind.Utc);

        var runs = OccurrencePlanner.Plan(DayOfWeek.Sunday, new TimeOnly(8, 0), from, 28, Toronto);

        runs.Count.ShouldBe(4);
        runs.ShouldAllBe(r => TimeZoneInfo.ConvertTimeFromUtc(r.StartUtc, Toronto).Hour == 8);
        runs.Select(r => r.StartUtc.Hour).Distinct().Count().ShouldBe(2); // 12:00Z in EDT, 13:00Z in EST
    }

    [Fact]
    public void Plan_SkipsTodaysRunOnceItHasStarted()
    {
        // Tuesday 1 December 2026, 18:30 in Toronto: tonight's run has started.
        var from = new DateTime(2026, 12, 1, 23, 30, 0, DateTimeKind.Utc);

        var runs = OccurrencePlanner.Plan(DayOfWeek.Tuesday, new TimeOnly(18, 0), from, 14, Toronto);

        runs.Select(r => r.LocalDate).ShouldBe([new DateOnly(2026, 12, 8)]);
    }

    [Fact]
    public void ToUtc_TimeInSpringGap_MovesAnHourLater()
    {
        var utc = OccurrencePlanner.ToUtc(new DateOnly(2026, 3, 8), new TimeOnly(2, 30), Toronto);
        TimeZoneInfo.ConvertTimeFromUtc(utc, Toronto).ShouldBe(new DateTime(2026, 3, 8, 3, 30, 0));
    }
}
