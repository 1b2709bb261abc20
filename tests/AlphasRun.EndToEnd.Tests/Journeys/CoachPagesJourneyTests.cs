using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>What a newcomer tripped over on the coach pages (issue #12): save feedback, and every page on a phone.</summary>
public sealed class CoachPagesJourneyTests(AlphasRunApp app) : Journey(app)
{
    [Fact]
    public async Task Coach_SavesTheSundaySchedule_AndSeesTheEditorCloseWithAMessageAndTheNewPlaces()
    {
        var coach = await NewVisitorSignedInAsync(Member.DemoCoach, goingTo: "/coach/runs");
        await coach.SeesHeadingAsync("Crew runs");
        var sunday = coach.Page.Locator("li[data-schedule='Sunday']");

        await sunday.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Edit ") }).ClickAsync();
        var editor = coach.Page.GetByTestId("schedule-editor");
        await editor.GetByLabel("Places (empty: no limit)").FillAsync("300");
        await editor.GetByTestId("save-schedule").ClickAsync();

        await Expect(coach.Page.GetByTestId("coach-message")).ToContainTextAsync("Saved");
        await Expect(editor).ToHaveCountAsync(0);
        await Expect(sunday).ToContainTextAsync("300 places");
        await coach.ChecksPageAsync();
    }

    [Fact]
    public async Task Admin_OnAPhone_OpensEveryCoachAndMemberPage_AndNoneScrollsSideways()
    {
        // The Visitor checks each page it arrives on: axe, and on a phone no sideways scrolling.
        var admin = await NewVisitorSignedInAsync(Member.DemoAdmin, goingTo: "/coach", phone: true);

        foreach (var path in new[] { "/", "/guide", "/plans", "/plans/off-season-marathon", "/runs", "/my/runs", "/account/profile", "/account/password", "/coach", "/coach/runs", "/coach/plans", "/coach/guide", "/coach/members", "/admin/members" })
        {
            await admin.OpensAsync(path);
        }

        // The pages reached through a link: a run, its roster, a plan in the editor and a guide part in the editor.
        await admin.OpensAsync("/runs");
        var runPage = await admin.Runs().First.GetByRole(AriaRole.Link).First.GetAttributeAsync("href");
        await admin.OpensAsync("/" + runPage!.TrimStart('/'));
        await admin.OpensAsync("/coach/runs");
        var roster = await admin.Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Roster") }).First.GetAttributeAsync("href");
        await admin.OpensAsync(roster!);
        await admin.OpensAsync("/coach/plans");
        var planEditor = await admin.Page.Locator("a[href$='/edit']").First.GetAttributeAsync("href");
        await admin.OpensAsync("/" + planEditor!.TrimStart('/'));
        await admin.OpensAsync("/coach/guide");
        var guideEditor = await admin.Page.Locator("a[href$='/edit']").First.GetAttributeAsync("href");
        await admin.OpensAsync("/" + guideEditor!.TrimStart('/'));
    }

    [Fact]
    public async Task Coach_OnADesktop_EditingSunday_StillSeesTheChartAndTheChecks()
    {
        var coach = await NewVisitorSignedInAsync(Member.DemoCoach, goingTo: "/coach/plans");
        var editor = await coach.Page.Locator("a[href$='/edit']").First.GetAttributeAsync("href");
        await coach.OpensAsync("/" + editor!.TrimStart('/'));

        var sunday = coach.Page.Locator("li.plan-day[data-day='Sunday']");
        await sunday.ScrollIntoViewIfNeededAsync();
        await Expect(sunday).ToBeInViewportAsync();

        await Expect(coach.Page.Locator("figure.volume-chart")).ToBeInViewportAsync();
        await Expect(coach.Page.GetByTestId("volume-scale")).ToContainTextAsync("0 km");
    }
}
