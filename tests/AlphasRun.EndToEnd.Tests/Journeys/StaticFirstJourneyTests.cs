using System.Text.RegularExpressions;
using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>
/// Static first (docs/decisions/0009): reading costs the server no circuit, and a member's one-tap
/// actions work as plain form posts, even with JavaScript switched off.
/// </summary>
public sealed partial class StaticFirstJourneyTests(AlphasRunApp app) : Journey(app)
{
    [Fact]
    public async Task Visitor_ReadsEveryPublicPage_AndNoWebSocketOpens()
    {
        var visitor = await NewVisitorAsync();
        await visitor.OpensAsync("/");
        await visitor.FollowsNavigationAsync("Guide", "/guide");
        await visitor.SeesHeadingAsync("The off-season guide");
        await visitor.FollowsNavigationAsync("Plans", "/plans");
        await visitor.OpensTheMarathonPlanAsync();
        await visitor.ReadsThePlanInMilesAsync();
        await visitor.FollowsNavigationAsync("Runs", "/runs");
        var run = visitor.Runs().First;
        var id = await RunSteps.RunIdAsync(run);
        await visitor.FollowsAsync(run.GetByRole(AriaRole.Link).First, $"/runs/{id}");
        await Expect(visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Sign in to register" })).ToBeVisibleAsync();
        await visitor.OpensMissingPageAsync("/no-such-page");
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
        await Expect(visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();

        visitor.ShouldHaveOpenedNoCircuit();
    }

    [Fact]
    public async Task Member_WithJavaScriptOff_Registers_JoinsAWaitlist_AndCancels()
    {
        // Joining is one of the few interactive forms (live validation); the rest is done with JavaScript off.
        var member = Member.New("Noor", "Static");
        var joining = await NewVisitorAsync();
        await joining.JoinsTheCrewAsync(member);

        var visitor = await NewVisitorAsync(javaScript: false);
        var page = visitor.Page;

        await page.GotoAsync("/account/login?returnUrl=%2Fruns");
        await page.GetByLabel("Email").FillAsync(member.Email);
        await page.GetByLabel("Password").FillAsync(member.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/runs");

        // The journeys share one database: the last Tuesday and the second Sunday listed are this journey's own
        // (the Sunday is made full first).
        var tuesday = await RunSteps.RunIdAsync(visitor.RunsOn("Tuesday").Last);
        var sunday = await RunSteps.RunIdAsync(visitor.RunsOn("Sunday").Nth(1));
        await App.SetCapacityAsync(sunday, 0);
        await page.ReloadAsync();

        await visitor.Run(tuesday).GetByRole(AriaRole.Button, new() { NameRegex = RegisterFor() }).ClickAsync();
        await Expect(page.GetByTestId("runs-message")).ToContainTextAsync("You're in. See you there!");
        await Expect(visitor.Run(tuesday).GetByTestId("my-status")).ToContainTextAsync("You're in");

        var full = visitor.Run(sunday).GetByRole(AriaRole.Button, new() { NameRegex = JoinTheWaitlistFor() });
        await full.ClickAsync();
        await Expect(page.GetByTestId("runs-message")).ToContainTextAsync("you're on the waitlist");
        await Expect(visitor.Run(sunday).GetByTestId("my-status")).ToContainTextAsync("On the waitlist (#1)");

        await visitor.Run(tuesday).GetByTestId("cancel").ClickAsync();
        await Expect(page.GetByTestId("runs-message")).ToContainTextAsync("Your place is cancelled.");
        await Expect(visitor.Run(tuesday).GetByRole(AriaRole.Button, new() { NameRegex = RegisterFor() })).ToBeVisibleAsync();

        // A reload repeats nothing and the message has had its say.
        await page.ReloadAsync();
        await Expect(page.GetByTestId("runs-message")).ToHaveCountAsync(0);
        await Expect(visitor.Run(sunday).GetByTestId("my-status")).ToContainTextAsync("On the waitlist (#1)");
        visitor.ShouldHaveOpenedNoCircuit();
        visitor.ShouldHaveNoProblems();
    }

    [GeneratedRegex("^Register for ")]
    private static partial Regex RegisterFor();

    [GeneratedRegex("^Join the waitlist for ")]
    private static partial Regex JoinTheWaitlistFor();
}
