using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Domain.Tests.Plans;

public sealed class PlanSessionTests
{
    [Fact]
    public void RestDay_WithADistance_IsRefused()
    {
        var ex = Should.Throw<DomainException>(() => new PlanSession(DayOfWeek.Monday, SessionType.Rest, DistanceRange.Create(5, 6), "Rest"));
        ex.Message.ShouldContain("rest day carries no distance");
    }

    [Fact]
    public void RunSession_WithoutADistance_IsRefused()
    {
        Should.Throw<DomainException>(() => new PlanSession(DayOfWeek.Sunday, SessionType.LongRun, null, "Long run"));
    }

    [Fact]
    public void Week_TotalAddsOnlyRunningDistances()
    {
        var week = new PlanWeek(1,
        [
            new PlanSession(DayOfWeek.Monday, SessionType.Rest, null, "Rest"),
            new PlanSession(DayOfWeek.Tuesday, SessionType.MediumRun, DistanceRange.Create(10, 12), "Medium"),
            new PlanSession(DayOfWeek.Wednesday, SessionType.Strength, null, "Core"),
            new PlanSession(DayOfWeek.Sunday, SessionType.LongRun, DistanceRange.Create(16, 18), "Long"),
        ]);

        week.TotalDistance.ShouldBe(DistanceRange.Create(26, 30));
    }

    [Fact]
    public void Week_DaysRunMondayToSunday_WithEmptyDaysKept()
    {
        var week = new PlanWeek(1, [new PlanSession(DayOfWeek.Sunday, SessionType.LongRun, DistanceRange.Create(16, 18), "Long")]);

        var days = week.Days();

        days.Select(d => d.Day).ShouldBe([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday]);
        days[6].Sessions.Count.ShouldBe(1);
        days[0].Sessions.ShouldBeEmpty();
    }

    [Fact]
    public void Publish_NumbersVersionsInOrder()
    {
        var content = new PlanContent([new PlanWeek(1, [new PlanSession(DayOfWeek.Sunday, SessionType.LongRun, DistanceRange.Create(16, 18), "Long")])]);
        var plan = new TrainingPlan(Guid.NewGuid(), "Plan", "plan", PlanAudience.Marathon, "", content, DateTime.UtcNow, "coach");
        var token = plan.ConcurrencyToken;

        plan.Publish(DateTime.UtcNow, "coach", "first").Number.ShouldBe(1);
        plan.Publish(DateTime.UtcNow, "coach", "second").Number.ShouldBe(2);

        plan.Status.ShouldBe(PlanStatus.Published);
        plan.ConcurrencyToken.ShouldNotBe(token);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    public void Content_WithWeeksOutsideOneToTwentyFour_IsRefused(int weeks)
    {
        var list = Enumerable.Range(1, weeks).Select(n => new PlanWeek(n, [])).ToList();
        Should.Throw<DomainException>(() => new PlanContent(list));
    }
}
