using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>The core journeys on a 360×740 touch screen (a reader, the coach's plan editor); every page is also checked for sideways scrolling.</summary>
public sealed class PhoneJourneyTests(AlphasRunApp app) : Journey(app)
{
    [Fact]
    public async Task PhoneVisitor_UsesTheBottomNavigation_ToReadTheGuideAndPlanInMiles_AndFindTheTuesdayRun()
    {
        var visitor = await NewVisitorAsync(phone: true);

        await visitor.OpensAsync("/");
        await visitor.SeesHeadingAsync("Alphas Run Crew");
        await Expect(visitor.Page.Locator("nav[aria-label='Main']")).ToBeHiddenAsync();
        await Expect(visitor.Navigation).ToBeInViewportAsync();

        await visitor.FollowsNavigationAsync("Guide", "/guide");
        await visitor.ReadsEveryPartOfTheGuideAsync();

        await visitor.FollowsNavigationAsync("Plans", "/plans");
        await visitor.OpensTheMarathonPlanAsync();
        await visitor.ReadsThePlanInMilesAsync();

        await visitor.FollowsNavigationAsync("Runs", "/runs");
        await visitor.FindsTheNextTuesdayRunAsync();
    }

    [Fact]
    public async Task Coach_OnAPhone_EditsAWeekWithEverySessionType_AndNothingScrollsSideways_InLightOrDarkMode()
    {
        // At 360 px each day's card was 445 px wide (the session row's type, min and max fields), so the whole
        // editor scrolled sideways; ChecksPageAsync fails on that for a phone visitor.
        var coach = await NewVisitorSignedInAsync(Member.DemoCoach, goingTo: PlanEditingSteps.CoachPlans, phone: true);
        var page = coach.Page;
        await coach.DuplicatesTheHalfMarathonPlanAsync(PlanEditingSteps.UniquePlanName("Phone week"));

        // The half-marathon week has every type but cross-training: Friday's rest day becomes one.
        var friday = coach.Day("Friday");
        await friday.GetByTestId("session-type").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Cross-training", Exact = true }).ClickAsync();
        await Expect(friday.Locator(".session-editor[data-type='CrossTraining']")).ToHaveCountAsync(1);
        await friday.GetByLabel("Min km").FillAsync("5");
        await friday.GetByLabel("Max km").FillAsync("8");
        foreach (var type in Enum.GetNames<AlphasRun.Domain.Plans.SessionType>())
        {
            (await page.Locator($".session-editor[data-type='{type}']").CountAsync()).ShouldBeGreaterThan(0, $"a {type} session should be on screen");
        }

        // Scrolled to, the last fields of the row and its remove button are wholly on screen.
        foreach (var end in new[] { friday.GetByLabel("Max km"), friday.GetByTestId("session-remove") })
        {
            await end.ScrollIntoViewIfNeededAsync();
            await Expect(end).ToBeInViewportAsync(new() { Ratio = 1 });
        }

        await coach.ChecksPageAsync();

        // The same week in dark mode (the switch reloads the page: save first).
        await page.GetByTestId("save-draft").ClickAsync();
        await Expect(page.GetByTestId("editor-message")).ToContainTextAsync("Draft saved.");
        await coach.SubmitsAsync(page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        await Expect(coach.Day("Friday").Locator(".session-editor[data-type='CrossTraining']")).ToHaveCountAsync(1);
        await coach.ChecksPageAsync();
    }
}
