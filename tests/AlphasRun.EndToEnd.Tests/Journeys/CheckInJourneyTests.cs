using System.Text.RegularExpressions;
using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>Group runs (issue #5): on the day, a coach checks a registered runner in from the roster.</summary>
public sealed partial class CheckInJourneyTests(AlphasRunApp app) : Journey(app)
{
    [Fact]
    public async Task Coach_OpensTheRosterOfARun_AndChecksInARegisteredRunner()
    {
        var member = await NewVisitorAsync();
        var runner = Member.New("Tomas", "Herrera");
        await member.JoinsTheCrewAsync(runner);

        // The second Thursday listed: no other journey registers for it.
        var thursday = await member.RegistersForARunAsync(v => v.RunsOn("Thursday").Nth(1));

        var coach = await NewVisitorSignedInAsync(Member.DemoCoach, goingTo: "/coach/runs");
        await coach.FollowsAsync(coach.CoachRun(thursday).GetByRole(AriaRole.Link, new() { NameRegex = RosterFor() }), $"/coach/runs/{thursday}");
        await coach.SeesHeadingAsync("Roster");
        await Expect(coach.Page.GetByTestId("roster-summary")).ToContainTextAsync("1 registered · 0 checked in");

        var checkIn = coach.Page.Locator($"li[data-runner='{runner.FullName}']").GetByTestId("check-in");
        await Expect(checkIn).ToHaveAttributeAsync("aria-pressed", "false");
        await checkIn.ClickAsync();
        await Expect(checkIn).ToContainTextAsync("✓ Here");
        await Expect(checkIn).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(coach.Page.GetByTestId("roster-summary")).ToContainTextAsync("1 registered · 1 checked in");
        await coach.ChecksPageAsync();

        // A walk-in shows at once in the list and the counts (issue #12 item 1), so nobody is added twice.
        var walkIn = coach.Page.GetByTestId("walk-in");
        await walkIn.GetByLabel("Name", new() { Exact = true }).FillAsync("Sam Walker");
        await coach.SubmitsAsync(walkIn.GetByRole(AriaRole.Button, new() { Name = "Add" }));
        await Expect(coach.Page.Locator("li[data-runner='Sam Walker']")).ToContainTextAsync("Sam Walker (walk-in)");
        await Expect(coach.Page.GetByTestId("roster-summary")).ToContainTextAsync("1 registered · 2 checked in");
        await Expect(walkIn.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(string.Empty);

        // Places for this date only (issue #12 item 13): two run leaders that day.
        var places = coach.Page.GetByTestId("run-capacity");
        await places.GetByLabel("Places (empty: no limit)").FillAsync("20");
        await coach.SubmitsAsync(places.GetByRole(AriaRole.Button, new() { Name = "Save places" }));
        await Expect(coach.Page.GetByTestId("roster-message")).ToContainTextAsync("This date now has 20 places.");
        await Expect(coach.Page.GetByTestId("roster-summary")).ToContainTextAsync("· 20 places");
    }

    [GeneratedRegex("^Roster for ")]
    private static partial Regex RosterFor();
}
