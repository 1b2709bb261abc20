using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>The core journey on a 360×740 touch screen; every page is also checked for sideways scrolling.</summary>
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
}
