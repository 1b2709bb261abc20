using System.Text.RegularExpressions;
using AlphasRun.Application.Runners;
using AlphasRun.EndToEnd.Tests.Infrastructure;
using AlphasRun.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task Member_LockedByAnAdmin_WhileTheProfileIsOpen_LandsOnTheSignInPage_ThatSaysWhy()
    {
        var visitor = await NewVisitorAsync();
        var member = Member.New("Lorna", "Locked");
        await visitor.JoinsTheCrewAsync(member);
        await visitor.OpensAsync("/account/profile");
        await visitor.WaitUntilInteractiveAsync();

        var locked = await App.AsMemberAsync(member.Email, async services =>
        {
            var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(member.Email);
            return await services.GetRequiredService<IMemberAccounts>().SetLockedAsync(user!.Id, true, TestContext.Current.CancellationToken);
        });
        locked.ShouldNotBeNull().Succeeded.ShouldBeTrue();

        // The open page's circuit learns that the session ended; the sign-in page says why, and whom to ask.
        await Expect(visitor.Page).ToHaveURLAsync(SignInPage(), new() { Timeout = 20_000 });
        await Expect(visitor.Page.GetByTestId("login-message")).ToContainTextAsync("You were signed out. " + AdminLock.Message);
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex SignInPage();
}
