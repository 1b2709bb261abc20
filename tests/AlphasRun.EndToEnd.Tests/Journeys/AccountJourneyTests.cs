using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>Accounts (issue #4): joining, the profile, signing out and in again.</summary>
public sealed class AccountJourneyTests(AlphasRunApp app) : Journey(app)
{
    [Fact]
    public async Task Newcomer_JoinsFromTheHomePage_EditsTheProfile_ChoosesReminders_SignsOut_AndSignsInAgain()
    {
        var visitor = await NewVisitorAsync();
        var page = visitor.Page;
        var newcomer = Member.New("Maya", "Okafor");

        await visitor.OpensAsync("/");
        await visitor.FollowsAsync(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Join the crew, it's free" }), "/join");

        // Nothing filled in: the form says what is missing instead of joining.
        await visitor.SubmitsAsync(page.GetByTestId("join-submit"));
        await Expect(page.GetByTestId("join-problems")).ToContainTextAsync("Please fix the fields marked in red.");
        await Expect(page.GetByText("Enter your first name.")).ToBeVisibleAsync();

        await visitor.FillsInTheJoinFormAsync(newcomer, easyPace: "6:15");
        await visitor.SubmitsTheJoinFormAsync(newcomer);
        await visitor.FollowsAsync(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "My profile", Exact = true }), "/account/profile");
        var easyPace = page.GetByLabel("Usual easy pace (optional)");
        await Expect(easyPace).ToHaveValueAsync("6:15");

        await easyPace.FillAsync("5:50");
        await page.GetByTestId("profile-save").ClickAsync();
        await Expect(page.GetByTestId("profile-saved")).ToHaveTextAsync("Your profile is saved.");
        await visitor.ChecksPageAsync();
        await visitor.ReloadsAsync();
        await Expect(easyPace).ToHaveValueAsync("5:50");

        // Run reminders: a plain form inside the interactive page, posting its own antiforgery token.
        await Expect(page.GetByLabel("The crew's default: 3 hours before an evening run, 8:00 PM the evening before a morning run")).ToBeCheckedAsync();
        await page.GetByLabel("1 hour before the run").CheckAsync();
        await page.GetByTestId("reminders-save").ClickAsync();
        await Expect(page.GetByTestId("reminders-saved")).ToHaveTextAsync("Your reminder setting is saved.");
        await Expect(page.GetByLabel("1 hour before the run")).ToBeCheckedAsync();
        await visitor.ChecksPageAsync();

        await visitor.SignsOutAsync();
        await visitor.GoesToSignInAsync();
        await visitor.FailsToSignInAsync(newcomer.Email, "not my password at all");
        await visitor.SignsInAsync(newcomer);

        await visitor.FollowsAsync(visitor.AppBar.GetByRole(AriaRole.Link, new() { Name = "My profile" }), "/account/profile");
        await Expect(page.GetByTestId("profile-email")).ToContainTextAsync($"Signed in as {newcomer.Email}");
        await Expect(easyPace).ToHaveValueAsync("5:50");
    }
}
