using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>Group runs (issue #5): a coach cancels a run, and a member who registered reads why.</summary>
public sealed class RunCancellationJourneyTests(AlphasRunApp app) : Journey(app)
{
    [Fact]
    public async Task Coach_CancelsARunForAnIceStorm_AndARegisteredMemberReadsWhyOnTheRunPage()
    {
        var member = await NewVisitorAsync();
        await member.JoinsTheCrewAsync(Member.New("Priya", "Raman"));

        // The last Sunday listed, weeks ahead: no other journey registers for it or reads it.
        var sunday = await member.RegistersForARunAsync(v => v.RunsOn("Sunday").Last);

        var coach = await NewVisitorSignedInAsync(Member.DemoCoach, goingTo: "/coach");
        await coach.FollowsAsync(coach.Page.GetByRole(AriaRole.Link, new() { Name = "Runs & rosters" }), "/coach/runs");
        await coach.SeesHeadingAsync("Crew runs");
        var run = coach.CoachRun(sunday);
        await Expect(run).ToContainTextAsync("1 coming");

        await run.GetByTestId("cancel-run").ClickAsync();
        await run.GetByLabel("Why? Members are emailed this").FillAsync("Ice storm");
        await run.GetByTestId("confirm-cancel").ClickAsync();
        await Expect(coach.Page.GetByTestId("coach-message")).ToContainTextAsync("The run is cancelled");
        await Expect(run).ToContainTextAsync("Cancelled: Ice storm");
        await coach.ChecksPageAsync();

        // The member opens the run from the list they registered on; the run page reads the run afresh.
        await member.FollowsAsync(member.Run(sunday).GetByRole(AriaRole.Link).First, $"/runs/{sunday}");
        await Expect(member.Page.GetByTestId("run-cancelled")).ToContainTextAsync("This run is cancelled: Ice storm");
        await member.ChecksPageAsync();
    }
}
