using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.Upcoming.ComingRuns;
using AlphasRun.Application.Tests.Support;

namespace AlphasRun.Application.Tests.GroupRuns;

public sealed class RunCalendarTests
{
    [Fact]
    public async Task GetUpcomingAsync_ListsAtLeastFourWeeksOfTuesdayThursdaySundayRuns_AtClubTime()
    {
        await using var app = await TestDatabase.StartAsync(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

        var runs = await app.SendAsync(new ComingRuns(Days: 35));

        runs.Count.ShouldBe(15);
        runs.Select(r => r.LocalStart.DayOfWeek).Distinct().Order().ShouldBe([DayOfWeek.Sunday, DayOfWeek.Tuesday, DayOfWeek.Thursday]);
        runs.Where(r => r.LocalStart.DayOfWeek != DayOfWeek.Sunday).ShouldAllBe(r => r.LocalStart.TimeOfDay == new TimeSpan(18, 0, 0));
        runs.Where(r => r.LocalStart.DayOfWeek == DayOfWeek.Sunday).ShouldAllBe(r => r.LocalStart.TimeOfDay == new TimeSpan(8, 0, 0));
        runs.ShouldAllBe(r => r.LocationName == "Panera Bread");
        runs.Select(r => r.StartUtc).ShouldBeInOrder();
        runs[0].LocalStart.ShouldBe(new DateTime(2026, 11, 26, 18, 0, 0));
    }

    [Fact]
    public async Task GetUpcomingAsync_WithTake_ReturnsTheNextRunsOnly()
    {
        await using var app = await TestDatabase.StartAsync(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

        var runs = await app.SendAsync(new ComingRuns(Days: 14, Take: 3));

        runs.Select(r => r.LocalStart).ShouldBe([new DateTime(2026, 11, 26, 18, 0, 0), new DateTime(2026, 11, 29, 8, 0, 0), new DateTime(2026, 12, 1, 18, 0, 0)]);
    }

    [Fact]
    public async Task OccurrenceGenerator_ADayLater_AddsOnlyTheNewDates()
    {
        await using var app = await TestDatabase.StartAsync(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var generator = app.Get<OccurrenceGenerator>();

        (await generator.GenerateAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        app.Clock.Advance(TimeSpan.FromDays(7));

        (await generator.GenerateAsync(TestContext.Current.CancellationToken)).ShouldBe(3);
    }

    [Fact]
    public async Task OccurrenceGenerator_BeforeSpringForward_KeepsSixPmAfterTheChange()
    {
        await using var app = await TestDatabase.StartAsync(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

        var runs = await app.SendAsync(new ComingRuns(Days: 14));

        var before = runs.Single(r => r.LocalStart.Date == new DateTime(2026, 3, 3));
        var after = runs.Single(r => r.LocalStart.Date == new DateTime(2026, 3, 10));
        before.LocalStart.TimeOfDay.ShouldBe(new TimeSpan(18, 0, 0));
        after.LocalStart.TimeOfDay.ShouldBe(new TimeSpan(18, 0, 0));
        (after.StartUtc - before.StartUtc).ShouldBe(TimeSpan.FromDays(7) - TimeSpan.FromHours(1));
    }
}
