using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>Roles (issue #4): an admin grants Coach, and the member finds the coach's pages.</summary>
public sealed class CoachRoleJourneyTests(AlphasRunApp app) : Journey(app)
{
    [Fact]
    public async Task Admin_MakesAMemberACoach_AndTheMemberThenSeesTheCoachNavigation()
    {
        var member = await NewVisitorAsync();
        var newcomer = Member.New("Jonas", "Lindqvist");
        await member.JoinsTheCrewAsync(newcomer);
        await Expect(member.Navigation.GetByRole(AriaRole.Link, new() { Name = "Coach", Exact = true })).ToHaveCountAsync(0);
        await member.SignsOutAsync();

        var admin = await NewVisitorSignedInAsync(Member.DemoAdmin, goingTo: "/admin/members");
        await admin.SeesHeadingAsync("Members");
        await admin.Page.GetByLabel("Search by name or email").FillAsync(newcomer.Email);
        await Expect(admin.Page.Locator("li[data-member]")).ToHaveCountAsync(1);
        var listed = admin.Page.Locator($"li[data-member='{newcomer.Email}']");
        await Expect(listed).ToContainTextAsync(newcomer.FullName);

        await listed.GetByRole(AriaRole.Button, new() { Name = $"Make coach ({newcomer.FullName})" }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{newcomer.FullName} is now a coach.");
        await Expect(listed.GetByTestId("toggle-coach")).ToContainTextAsync("Revoke coach");
        await admin.ChecksPageAsync();

        await member.GoesToSignInAsync();
        await member.SignsInAsync(newcomer);
        await member.FollowsNavigationAsync("Coach", "/coach");
        await member.SeesHeadingAsync("Coach corner");
    }
}
