using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>Plan editing (issue #6): a coach changes a published plan, and runners read exactly what was published.</summary>
public sealed class PlanEditingJourneyTests(AlphasRunApp app) : Journey(app)
{
    [Fact]
    public async Task Coach_LengthensTheLongRunPastTheWarning_AndAVisitorReadsTheNewDistanceAndWhatChanged()
    {
        var coach = await NewVisitorSignedInAsync(Member.DemoCoach, goingTo: PlanEditingSteps.CoachPlans);
        var name = PlanEditingSteps.UniquePlanName("Winter marathon week");
        await coach.DuplicatesTheHalfMarathonPlanAsync(name);
        await coach.PublishesAsync("Version 1 is published");

        var sunday = coach.Day("Sunday");
        await Expect(coach.WeekTotal()).ToHaveTextAsync("Week total: 45–55.5 km");
        await sunday.GetByLabel("Max km").FillAsync("26");
        await sunday.GetByLabel("Min km").FillAsync("24");
        await Expect(coach.WeekTotal()).ToHaveTextAsync("Week total: 54–63.5 km");
        await Expect(coach.Page.GetByTestId("unsaved")).ToBeVisibleAsync();
        await Expect(coach.Page.GetByTestId("check-warning")).ToContainTextAsync("Week 1, Sunday: The long run (24–26 km) is");
        await Expect(coach.Page.GetByTestId("check-warning")).ToContainTextAsync("keep it to 40% or less");
        await coach.ChecksPageAsync();

        await coach.Page.GetByTestId("save-draft").ClickAsync();
        await Expect(coach.Page.GetByTestId("editor-message")).ToContainTextAsync("Draft saved.");
        await Expect(coach.Page.GetByTestId("unsaved")).ToHaveCountAsync(0);
        await coach.PublishesAsync("Version 2 is published: Week 1 Sunday long run 15–18 → 24–26 km");
        var address = await coach.PublicAddressAsync();

        var visitor = await NewVisitorAsync();
        await visitor.OpensAsync(address);
        await visitor.SeesHeadingAsync(name);
        await Expect(visitor.Page.Locator("article.plan li.plan-day[data-day='Sunday']")).ToContainTextAsync("24–26 km");
        var changed = visitor.Page.GetByTestId("plan-changed");
        await Expect(changed).ToContainTextAsync("Changed on ");
        await Expect(changed).ToContainTextAsync("Week 1 Sunday long run 15–18 → 24–26 km");
    }

    [Fact]
    public async Task Runner_OpeningTheCoachPlans_IsDenied_AndAVisitorIsSentToSignIn()
    {
        var runner = await NewVisitorAsync();
        await runner.SignsInThroughTheFormAsync(Member.DemoRunner);
        await runner.OpensRefusedPageAsync(PlanEditingSteps.CoachPlans);
        await runner.SeesHeadingAsync("Access denied");
        await Expect(runner.Page.Locator("main")).ToContainTextAsync("This part of the app is for the crew's coaches and admins.");

        var visitor = await NewVisitorAsync();
        await visitor.OpensStaticPageAsync(PlanEditingSteps.CoachPlans);
        new Uri(visitor.Page.Url).AbsolutePath.ShouldBe("/account/login");
        await visitor.SeesHeadingAsync("Sign in");
    }
}
