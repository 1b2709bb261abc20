using AlphasRun.Application.Common;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.Plans;
using AlphasRun.Application.Plans.GetPublishedPlan;
using AlphasRun.Application.Plans.ListPublishedPlans;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Tests.Plans;

public sealed class PlanCatalogTests
{
    [Fact]
    public async Task GetPublishedAsync_MarathonPlan_HasTheCrewsWeekMondayToSunday()
    {
        await using var app = await TestDatabase.StartAsync();

        var plan = await app.Get<IUseCases>().SendAsync(new GetPublishedPlan(PlanSlugs.Marathon), TestContext.Current.CancellationToken);

        plan.ShouldNotBeNull();
        plan.Audience.ShouldBe(PlanAudience.Marathon);
        var week = plan.Weeks.ShouldHaveSingleItem();
        week.Days.Select(d => d.Day).First().ShouldBe(DayOfWeek.Monday);
        week.Days.Select(d => d.Day).Last().ShouldBe(DayOfWeek.Sunday);
        Session(week, DayOfWeek.Sunday).ShouldSatisfyAllConditions(
            s => s.Type.ShouldBe(SessionType.LongRun),
            s => s.Distance!.Format(DistanceUnit.Kilometres).ShouldBe("16–18 km"),
            s => s.CrewRun!.LocalStartTime.ShouldBe(new TimeOnly(8, 0)));
        Session(week, DayOfWeek.Tuesday).Distance!.Format(DistanceUnit.Kilometres).ShouldBe("10–12 km");
        Session(week, DayOfWeek.Thursday).CrewRun!.LocalStartTime.ShouldBe(new TimeOnly(18, 0));
        week.Days.SelectMany(d => d.Sessions).Count(s => s.Type == SessionType.LongRun).ShouldBe(1);
        week.Days.SelectMany(d => d.Sessions).Count(s => s.Type == SessionType.MediumRun).ShouldBe(2);
        week.Days.SelectMany(d => d.Sessions).ShouldContain(s => s.Type == SessionType.Rest);
        week.Days.SelectMany(d => d.Sessions).ShouldContain(s => s.Type == SessionType.Strength);
        week.Total!.Format(DistanceUnit.Kilometres).ShouldBe("41–48 km");
    }

    [Fact]
    public async Task GetPublishedAsync_HalfMarathonPlan_UsesTheHalfDistances()
    {
        await using var app = await TestDatabase.StartAsync();

        var plan = await app.Get<IUseCases>().SendAsync(new GetPublishedPlan(PlanSlugs.HalfMarathon), TestContext.Current.CancellationToken);

        var week = plan.ShouldNotBeNull().Weeks.ShouldHaveSingleItem();
        Session(week, DayOfWeek.Sunday).Distance!.Format(DistanceUnit.Kilometres).ShouldBe("10–12 km");
        Session(week, DayOfWeek.Tuesday).Distance!.Format(DistanceUnit.Kilometres).ShouldBe("8–10 km");
        week.Total!.Format(DistanceUnit.Kilometres).ShouldBe("30–37 km");
    }

    [Fact]
    public async Task GetPublishedAsync_UnknownSlug_ReturnsNull()
    {
        await using var app = await TestDatabase.StartAsync();

        (await app.Get<IUseCases>().SendAsync(new GetPublishedPlan("no-such-plan"), TestContext.Current.CancellationToken)).ShouldBeNull();
    }

    [Fact]
    public async Task ListPublishedAsync_ListsBothPlansMarathonFirst()
    {
        await using var app = await TestDatabase.StartAsync();

        var plans = await app.Get<IUseCases>().SendAsync(new ListPublishedPlans(), TestContext.Current.CancellationToken);

        plans.Select(p => p.Slug).ShouldBe([PlanSlugs.Marathon, PlanSlugs.HalfMarathon]);
    }

    private static PlanSessionDto Session(PlanWeekDto week, DayOfWeek day) =>
        week.Days.Single(d => d.Day == day).Sessions.ShouldHaveSingleItem();
}
