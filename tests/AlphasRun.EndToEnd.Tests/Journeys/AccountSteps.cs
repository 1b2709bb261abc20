using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>Joining, signing in and out: the steps every member journey starts with.</summary>
internal static class AccountSteps
{
    public const string WrongCredentials = "That email and password don't match an account.";

    /// <summary>Opens /join, fills in the form and joins: lands signed in on /welcome, welcomed by name.</summary>
    public static async Task JoinsTheCrewAsync(this Visitor visitor, Member member)
    {
        await visitor.OpensAsync("/join");
        await visitor.FillsInTheJoinFormAsync(member);
        await visitor.SubmitsTheJoinFormAsync(member);
    }

    public static async Task FillsInTheJoinFormAsync(this Visitor visitor, Member member, string? easyPace = null)
    {
        var page = visitor.Page;
        await visitor.SeesHeadingAsync("Join the Alphas Run Crew");
        await page.GetByLabel("First name").FillAsync(member.FirstName);
        await page.GetByLabel("Last name").FillAsync(member.LastName);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Marathon", Exact = true }).CheckAsync();
        if (easyPace is not null)
        {
            await page.GetByLabel("Usual easy pace (optional)").FillAsync(easyPace);
            await page.GetByRole(AriaRole.Radio, new() { Name = "km", Exact = true }).CheckAsync();
        }

        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(member.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(member.Password);
        await page.GetByLabel("Password again", new() { Exact = true }).FillAsync(member.Password);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "I accept the crew's safety waiver and code of conduct" }).CheckAsync();
    }

    /// <summary>
    /// Joins with the filled-in form (a static form post, enhanced by Blazor's script when it runs): the new
    /// member is signed in by that post and welcomed on /welcome with the next runs to register for and a word
    /// about the confirmation email (issue #12 item 10).
    /// </summary>
    public static async Task SubmitsTheJoinFormAsync(this Visitor visitor, Member member)
    {
        var page = visitor.Page;
        await visitor.FollowsAsync(page.GetByTestId("join-submit"), "/welcome");
        await visitor.SeesHeadingAsync($"Welcome to the crew, {member.FirstName}!");
        await Expect(page.GetByTestId("confirmation-note")).ToContainTextAsync($"We've sent an email to {member.Email} with a link to confirm your address");
        await Expect(page.Locator("li.run-item").First.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Register for ") })).ToBeVisibleAsync();
        await Expect(visitor.AppBar.GetByRole(AriaRole.Link, new() { Name = "My profile" })).ToBeVisibleAsync();
    }

    /// <summary>Follows "Sign in" (the app bar on a desktop, the bottom bar on a phone) to the static sign-in form.</summary>
    public static async Task GoesToSignInAsync(this Visitor visitor)
    {
        var bar = visitor.IsPhone ? visitor.Navigation : visitor.AppBar;
        await visitor.FollowsToStaticPageAsync(bar.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }), "/account/login");
        await visitor.SeesHeadingAsync("Sign in");
    }

    /// <summary>On the sign-in form: types the member's email and password and signs in, landing on <paramref name="landsOn"/>.</summary>
    public static async Task SignsInAsync(this Visitor visitor, Member member, string landsOn = "/")
    {
        await visitor.TypesCredentialsAsync(member.Email, member.Password);
        await visitor.FollowsAsync(SignInButton(visitor.Page), landsOn);
        await Expect(visitor.AppBar.GetByRole(AriaRole.Link, new() { Name = "My profile" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// Opens the sign-in form directly and signs in, landing on <paramref name="goingTo"/> (as after
    /// following a link to a members' page): the short way for a journey about something else.
    /// </summary>
    public static async Task SignsInThroughTheFormAsync(this Visitor visitor, Member member, string goingTo = "/")
    {
        await visitor.OpensStaticPageAsync(goingTo == "/" ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(goingTo)}");
        await visitor.SignsInAsync(member, landsOn: goingTo);
    }

    /// <summary>Signs in with a wrong password: stays on the form and reads why.</summary>
    public static async Task FailsToSignInAsync(this Visitor visitor, string email, string password)
    {
        await visitor.TypesCredentialsAsync(email, password);
        await SignInButton(visitor.Page).ClickAsync();
        await Expect(visitor.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync(WrongCredentials);
        await visitor.WaitUntilStaticPageLoadedAsync();
        await visitor.ChecksPageAsync();
    }

    /// <summary>Signs out from the app bar and is back on the home page as a visitor.</summary>
    public static async Task SignsOutAsync(this Visitor visitor)
    {
        var page = visitor.Page;
        await page.GetByTestId("sign-out").ClickAsync();

        // "Join" exists only on the page served after signing out, so the old page is gone once it shows.
        await Expect(visitor.AppBar.GetByRole(AriaRole.Link, new() { Name = "Join", Exact = true })).ToBeVisibleAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await visitor.WaitUntilReadyAsync();
        await visitor.ChecksPageAsync();
        await Expect(visitor.AppBar.GetByRole(AriaRole.Link, new() { Name = "My profile" })).ToHaveCountAsync(0);
    }

    private static async Task TypesCredentialsAsync(this Visitor visitor, string email, string password)
    {
        await visitor.Page.GetByLabel("Email").FillAsync(email);
        await visitor.Page.GetByLabel("Password").FillAsync(password);
    }

    private static ILocator SignInButton(IPage page) =>
        page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true });
}
