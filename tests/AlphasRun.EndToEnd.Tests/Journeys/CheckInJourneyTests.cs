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

        var coach = await NewVisitorAsync();
        await coach.SignsInThroughTheFormAsync(Member.DemoCoach, goingTo: "/coach/runs");
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
    }

    [GeneratedRegex("^Roster for ")]
    private static partial Regex RosterFor();
}
