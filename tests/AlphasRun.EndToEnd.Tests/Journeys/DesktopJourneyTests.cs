using AlphasRun.EndToEnd.Tests.Infrastructure;

namespace AlphasRun.EndToEnd.Tests.Journeys;

public sealed class DesktopJourneyTests(AlphasRunApp app) : Journey(app)
{
    [Fact]
    public async Task Visitor_ReadsTheGuide_SwitchesTheMarathonPlanToMiles_AndFindsTheTuesdayRun()
    {
        var visitor = await NewVisitorAsync();

        await visitor.OpensAsync("/");
        await visitor.SeesHeadingAsync("Alphas Run Crew");

        await visitor.FollowsNavigationAsync("Guide", "/guide");
        await visitor.ReadsEveryPartOfTheGuideAsync();

        await visitor.OpensAsync("/plans");
        await visitor.OpensTheMarathonPlanAsync();
        await visitor.ReadsThePlanInMilesAsync();

        await visitor.FollowsNavigationAsync("Runs", "/runs");
        await visitor.FindsTheNextTuesdayRunAsync();
    }
}
