using AlphasRun.EndToEnd.Tests.Infrastructure;

namespace AlphasRun.EndToEnd.Tests.Journeys;

public sealed class NotFoundJourneyTests(AlphasRunApp app) : Journey(app)
{
    [Fact]
    public async Task Visitor_OnAnUnknownAddress_ReadsThatThePageIsMissing_AndGetsBackHome()
    {
        var visitor = await NewVisitorAsync();

        await visitor.OpensMissingPageAsync("/no-such-page");
        await visitor.SeesHeadingAsync("We can't find that page");

        var home = visitor.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true });
        await visitor.FollowsAsync(home, "/");
        await visitor.SeesHeadingAsync("Alphas Run Crew");
    }
}
