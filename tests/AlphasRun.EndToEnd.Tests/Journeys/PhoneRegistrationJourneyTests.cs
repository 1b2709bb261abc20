using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>Group runs (issue #5) on a 360×740 touch screen: register, find it in My runs, cancel.</summary>
public sealed class PhoneRegistrationJourneyTests(AlphasRunApp app) : Journey(app)
{
    [Fact]
    public async Task Member_OnAPhone_RegistersForTheNextTuesdayRun_FindsItInMyRuns_AndCancelsIt()
    {
        // The demo runner: no other journey signs in with it, so its runs are this journey's alone.
        var visitor = await NewVisitorAsync(phone: true);
        await visitor.OpensAsync("/");
        await visitor.GoesToSignInAsync();
        await visitor.SignsInAsync(Member.DemoRunner);
        await Expect(visitor.Navigation.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToHaveCountAsync(0);

        await visitor.FollowsNavigationAsync("Runs", "/runs");
        await visitor.SeesHeadingAsync("Run with the crew");
        var tuesday = await RunSteps.RunIdAsync(visitor.RunsOn("Tuesday").First);
        await visitor.RegistersForAsync(visitor.Run(tuesday));

        await visitor.FollowsNavigationAsync("My runs", "/my/runs");
        await visitor.SeesHeadingAsync("My runs");
        var mine = visitor.Run(tuesday);
        await Expect(mine).ToContainTextAsync("Tuesday, ");
        await Expect(mine.GetByTestId("my-status")).ToContainTextAsync("You're in");

        await mine.GetByTestId("cancel").ClickAsync();
        await Expect(visitor.Page.GetByTestId("my-runs-message")).ToContainTextAsync("Your place is cancelled.");
        await Expect(mine).ToHaveCountAsync(0);
        await visitor.ChecksPageAsync();
    }
}
