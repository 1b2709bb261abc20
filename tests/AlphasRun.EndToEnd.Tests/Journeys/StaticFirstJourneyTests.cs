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
        await visitor.FollowsAsync(visitor.AppBar.GetByRole(AriaRole.Link, new() { Name = "Join", Exact = true }), "/join");
        await visitor.SeesHeadingAsync("Join the Alphas Run Crew");
        await visitor.OpensMissingPageAsync("/no-such-page");
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
        await Expect(visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();

        visitor.ShouldHaveOpenedNoCircuit();
    }

    [Fact]
    public async Task Member_WithJavaScriptOff_Registers_JoinsAWaitlist_AndCancels()
    {
        // Joined with JavaScript on (enhanced form post); joining with it off is the journey below.
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

    [Fact]
    public async Task Newcomer_WithJavaScriptOff_FillsTheJoinForm_AndIsJoinedAndSignedIn()
    {
        // What a person typed before the page's script had loaded was lost while /join was interactive; a
        // browser without script never joined at all.
        var member = Member.New("Ines", "NoScript");
        var visitor = await NewVisitorAsync(javaScript: false);
        var page = visitor.Page;

        (await page.GotoAsync("/join"))!.Status.ShouldBe(200);
        await visitor.FillsInTheJoinFormAsync(member, easyPace: "6:30");
        await page.GetByTestId("join-submit").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/welcome");

        await visitor.SeesHeadingAsync($"Welcome to the crew, {member.FirstName}!");
        await Expect(page.GetByTestId("confirmation-note")).ToContainTextAsync($"We've sent an email to {member.Email}");
        await Expect(visitor.AppBar.GetByRole(AriaRole.Link, new() { Name = "My profile" })).ToBeVisibleAsync();
        await page.GotoAsync("/my/runs");
        new Uri(page.Url).AbsolutePath.ShouldBe("/my/runs", "the new member should stay signed in");
        visitor.ShouldHaveOpenedNoCircuit();
        visitor.ShouldHaveNoProblems();
    }

    [Fact]
    public async Task Newcomer_WhoseJoinIsRefused_KeepsWhatTheyTyped_AndReadsTheMessageBesideTheField()
    {
        var member = Member.New("Tomas", "Refused");
        var visitor = await NewVisitorAsync(phone: true);
        var page = visitor.Page;
        await visitor.OpensAsync("/join");
        await visitor.FillsInTheJoinFormAsync(member, easyPace: "5:45");
        var password = page.GetByLabel("Password", new() { Exact = true });
        var again = page.GetByLabel("Password again", new() { Exact = true });
        await password.FillAsync("too short");
        await again.FillAsync("too short");

        await visitor.SubmitsAsync(page.GetByTestId("join-submit"));

        await Expect(page.GetByTestId("join-problems")).ToContainTextAsync("Please fix the fields marked in red.");
        await Expect(password).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Use at least 10 characters; a short sentence works well\\."));
        await Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("First name")).ToHaveValueAsync(member.FirstName);
        await Expect(page.GetByLabel("Last name")).ToHaveValueAsync(member.LastName);
        await Expect(page.GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync(member.Email);
        await Expect(page.GetByLabel("Usual easy pace (optional)")).ToHaveValueAsync("5:45");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Marathon", Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "I accept the crew's safety waiver and code of conduct" })).ToBeCheckedAsync();

        await password.FillAsync(member.Password);
        await again.FillAsync(member.Password);
        await visitor.SubmitsTheJoinFormAsync(member);
        visitor.ShouldHaveOpenedNoCircuit();
    }

    [GeneratedRegex("^Register for ")]
    private static partial Regex RegisterFor();

    [GeneratedRegex("^Join the waitlist for ")]
    private static partial Regex JoinTheWaitlistFor();
}
