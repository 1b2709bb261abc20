using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Seasons;
using static AlphasRun.Domain.Tests.Seasons.SeasonTestData;

namespace AlphasRun.Domain.Tests.Seasons;

public sealed class SeasonProgressTests
{
    // Off-season from Monday 16 November; each week's plan is 41–48 km.
    private static readonly RaceDetails Race = new(D(2026, 10, 18), PlanAudience.Marathon, null, 4);
    private static readonly Guid Runner = Guid.NewGuid();

    [Fact]
    public void Evaluate_ThreeWeeksOnPlan_IsAStreakOfThree_AndAMissedWeekBreaksIt()
    {
        var today = D(2026, 12, 10); // Thursday of off-season week 4
        var season = SeasonCalendar.Build(Race, OneVersion(), today, Toronto);
        var entries = new[]
        {
            Run(D(2026, 11, 1), 44), // recovery: neither counts nor breaks
            Run(D(2026, 11, 22), 44),
            Run(D(2026, 11, 29), 42),
            Run(D(2026, 12, 6), 48),
        };

        var progress = SeasonProgress.Evaluate(season, entries, today);

        progress.Streak.ShouldBe(3);
        progress.Weeks.Single(w => w.Week.Monday == D(2026, 11, 23)).OnPlan.ShouldBeTrue();
        progress.Weeks.Single(w => w.Week.Monday == D(2026, 11, 2)).Planned.ShouldBeNull();

        var missed = SeasonProgress.Evaluate(season, [entries[1], entries[3]], today);
        missed.Streak.ShouldBe(1);
    }

    [Fact]
    public void Evaluate_MoreThanTenPercentOverThePlansMaximum_IsOverdoing()
    {
        var today = D(2026, 11, 26);
        var season = SeasonCalendar.Build(Race, OneVersion(), today, Toronto);

        var justUnder = SeasonProgress.Evaluate(season, [Run(D(2026, 11, 24), 52.8m)], today);
        var over = SeasonProgress.Evaluate(season, [Run(D(2026, 11, 24), 30), Run(D(2026, 11, 25), 23)], today);

        justUnder.Overdoing(today).ShouldBeFalse();
        var week = over.Weeks.Single(w => w.Week.Contains(today));
        week.DoneKm.ShouldBe(53);
        week.Overdoing.ShouldBeTrue();
        week.OnPlan.ShouldBeFalse();
        over.Overdoing(today).ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_TwoFinishedWeeksUnderHalfOfPlan_IsDrifting_OneIsNot()
    {
        var today = D(2026, 12, 2);
        var season = SeasonCalendar.Build(Race, OneVersion(), today, Toronto);

        var one = SeasonProgress.Evaluate(season, [Run(D(2026, 11, 22), 44), Run(D(2026, 11, 29), 20)], today);
        var two = SeasonProgress.Evaluate(season, [Run(D(2026, 11, 22), 15), Run(D(2026, 11, 29), 20)], today);

        one.Drifting.ShouldBeFalse();
        two.Drifting.ShouldBeTrue();
        two.Weeks.Single(w => w.Week.Monday == D(2026, 11, 23)).Drifting.ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_ACheckInWithoutADistance_CountsAsThePlannedMinimumUntilFilledIn()
    {
        var today = D(2026, 11, 26);
        var season = SeasonCalendar.Build(Race, OneVersion(), today, Toronto);
        var week = season.WeekOf(today)!;
        var tuesday = week.Sessions.Single(s => s.Date == D(2026, 11, 24));
        var checkIn = TrainingLogEntry.FromCheckIn(Guid.NewGuid(), Runner, Guid.NewGuid(), tuesday.Date, "Tuesday evening run", tuesday, week.PlanVersion, DateTime.UtcNow);

        var progress = SeasonProgress.Evaluate(season, [checkIn], today);

        var tally = progress.Weeks.Single(w => w.Week.Contains(today));
        tally.DoneKm.ShouldBe(10);
        tally.Estimated.ShouldBeTrue();
        tally.SessionsDone.ShouldBe(1);
        checkIn.DistanceKm.ShouldBeNull();
        checkIn.IsUntouchedCheckIn.ShouldBeTrue();
    }

    private static TrainingLogEntry Run(DateOnly date, decimal km) =>
        TrainingLogEntry.Extra(Guid.NewGuid(), Runner, date, "Run", new RunReport(km, null, null, null), DateTime.UtcNow);
}
