using System.Text.RegularExpressions;
using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>Sessions that really end (issue #13): signing out in one tab signs the member out of the other tabs too.</summary>
public sealed partial class SessionJourneyTests(AlphasRunApp app) : Journey(app)
{
    [Fact]
    public async Task Member_SignsOutInOneTab_AndTheOpenProfileInAnotherTabSignsOutToo()
    {
        var visitor = await NewVisitorAsync();
        var member = Member.New("Tabitha", "Two");
        await visitor.JoinsTheCrewAsync(member);

        // A second tab on the interactive profile page, its circuit connected.
        var other = await visitor.Context.NewPageAsync();
        await other.GotoAsync(new Uri(App.BaseAddress, "/account/profile").ToString());
        await other.Locator("[data-island][data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(other.GetByTestId("profile-email")).ToContainTextAsync($"Signed in as {member.Email}");

        await visitor.SignsOutAsync();

        // The other tab's circuit learns that the session ended and sends it to the sign-in page.
        await Expect(other).ToHaveURLAsync(SignInPage(), new() { Timeout = 20_000 });
        await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex SignInPage();
}
