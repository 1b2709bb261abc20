using AlphasRun.Application.Plans;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;
using AlphasRun.Web.Features.Plans;
using AlphasRun.Web.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace AlphasRun.Web.Tests.Components;

public sealed class PlanViewTests : MudTestContext
{
    public PlanViewTests() => UseInteractiveServer();

    private static readonly PublishedPlanDto Plan = new(
        "off-season-marathon",
        "Off-season week for marathoners",
        PlanAudience.Marathon,
        "<p>The crew's week.</p>",
        1,
        new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc),
        [
            new PlanWeekDto(1, DistanceRange.Create(36, 42),
            [
                new PlanDayDto(DayOfWeek.Monday, [new PlanSessionDto(SessionType.Rest, "Rest day", null, null, null)]),
                new PlanDayDto(DayOfWeek.Tuesday, [new PlanSessionDto(SessionType.MediumRun, "Medium run", DistanceRange.Create(10, 12), null, new CrewRunDto("Tuesday evening run", DayOfWeek.Tuesday, new TimeOnly(18, 0), "Panera Bread"))]),
                new PlanDayDto(DayOfWeek.Sunday, [new PlanSessionDto(SessionType.LongRun, "Long run", DistanceRange.Create(16, 18), null, null)]),
            ]),
        ]);

    [Fact]
    public void PlanView_InKilometres_ShowsDistancesAndWeekTotal()
    {
        var cut = RenderPlan(DistanceUnit.Kilometres);

        cut.FindAll(".session-distance").Select(e => e.TextContent).ShouldBe(["10–12 km", "16–18 km"]);
        cut.Find("[data-testid=week-total]").TextContent.ShouldBe("Week total: 36–42 km");
        cut.Markup.ShouldContain("Run it with the crew: Tuesday 6:00 PM at Panera Bread");
    }

    [Fact]
    public void UnitSwitch_IsAPlainFormThatPostsTheChosenUnit_AndMarksTheCurrentOne()
    {
        var cut = RenderPlan(DistanceUnit.Kilometres);

        var form = cut.Find("form.unit-switch");
        form.GetAttribute("action").ShouldBe("/preferences/units");
        form.GetAttribute("method").ShouldBe("post");
        var buttons = form.QuerySelectorAll("button[type=submit]");
        buttons.Select(b => (b.GetAttribute("value"), b.GetAttribute("aria-pressed"))).ShouldBe([("km", "true"), ("mi", "false")]);
        form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value").ShouldBe("/");
    }

    [Fact]
    public void PlanView_WithMilesRemembered_StartsInMiles()
    {
        var cut = RenderPlan(DistanceUnit.Miles);

        cut.FindAll(".session-distance").Select(e => e.TextContent).ShouldBe(["6.2–7.5 mi", "9.9–11.2 mi"]);
    }

    [Fact]
    public void PlanView_FirstVersion_HasNoChangedLine()
    {
        RenderPlan(DistanceUnit.Kilometres).FindAll("[data-testid=plan-changed]").ShouldBeEmpty();
    }

    [Fact]
    public void PlanView_LaterVersion_SaysWhenAndWhatChanged()
    {
        var v2 = Plan with { VersionNumber = 2, ChangeSummary = "Week 1 Sunday long run 16–18 → 18–20 km." };

        var cut = RenderPlan(DistanceUnit.Kilometres, v2);

        cut.Find("[data-testid=plan-changed]").TextContent.Trim().ShouldBe("Changed on November 1, 2026: Week 1 Sunday long run 16–18 → 18–20 km.");
    }

    private IRenderedComponent<CascadingValue<ClientPreferences>> RenderPlan(DistanceUnit units, PublishedPlanDto? plan = null) =>
        Render<CascadingValue<ClientPreferences>>(p => p
            .Add(c => c.Value, new ClientPreferences(units, darkMode: false))
            .Add(c => c.IsFixed, true)
            .AddChildContent<PlanView>(v => v.Add(x => x.Plan, plan ?? Plan)));
}
