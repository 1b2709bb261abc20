using System.Net;
using System.Text.RegularExpressions;
using AlphasRun.Application.Runners;
using AlphasRun.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Web.Tests.Http;

/// <summary>
/// /join as a browser uses it, with or without JavaScript: a static form post that comes back with what was
/// typed and each message beside its field, or signs the new member in and sends them to /welcome.
/// </summary>
public sealed partial class JoinPageTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    private const string Password = "a long enough password";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submit_EmptyForm_ShowsWhatIsMissingBesideEachField_AndCreatesNothing()
    {
        var client = factory.NewClient();

        var response = await client.PostFormAsync("/join", "join", new Dictionary<string, string> { ["Input.Email"] = "nobody-yet@example.com" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        HtmlText.Of(html).ShouldContain("Please fix the fields marked in red.");
        Error(html, "join-first-name").ShouldBe("Enter your first name.");
        Error(html, "join-last-name").ShouldBe("Enter your last name.");
        Error(html, "join-password").ShouldBe("Choose a password.");
        Error(html, "join-waiver").ShouldBe("To join, accept the safety waiver and code of conduct.");
        html.ShouldContain("aria-invalid=\"true\" aria-describedby=\"join-first-name-error\"");
        (await UserIdOfAsync("nobody-yet@example.com")).ShouldBeNull();

        var noEmail = WebUtility.HtmlDecode(await (await client.PostFormAsync("/join", "join", new Dictionary<string, string>())).Content.ReadAsStringAsync(Ct));
        Error(noEmail, "join-email").ShouldBe("Enter your email address.");
    }

    [Fact]
    public async Task Submit_WithAShortPasswordAndBadPace_ExplainsBothBesideTheirFields_AndKeepsWhatWasTyped()
    {
        var client = factory.NewClient();

        var response = await client.PostFormAsync("/join", "join", Filled("kept@example.com", new()
        {
            ["Input.Password"] = "short",
            ["Input.ConfirmPassword"] = "short",
            ["Input.EasyPace"] = "20:00",
            ["Input.MainDistance"] = "Marathon",
            ["Input.EmergencyContactName"] = "Sam Chen",
            ["Input.EmergencyContactPhone"] = "416-555-0123",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Error(html, "join-password").ShouldBe("Use at least 10 characters; a short sentence works well.");
        Error(html, "join-pace").ShouldStartWith("An easy pace is between 2:30 and 15:00 per km");
        Error(html, "join-first-name").ShouldBeEmpty();
        html.ShouldContain("value=\"Maya\"");
        html.ShouldContain("value=\"Chen\"");
        html.ShouldContain("value=\"kept@example.com\"");
        html.ShouldContain("value=\"20:00\"");
        html.ShouldContain("value=\"Sam Chen\"");
        html.ShouldContain("value=\"416-555-0123\"");
        MarathonChecked().IsMatch(html).ShouldBeTrue("the main distance chosen (Marathon) should still be chosen");
        WaiverChecked().IsMatch(html).ShouldBeTrue("the accepted waiver should still be ticked");
        html.ShouldNotContain("value=\"short\"", customMessage: "a password is never written back into the page");
        (await UserIdOfAsync("kept@example.com")).ShouldBeNull();
    }

    [Fact]
    public async Task Submit_WithAnEmailAlreadyUsed_SaysCheckYourInbox_WithoutRevealingTheAccount_AndMailsTheMember()
    {
        await factory.CreateMemberAsync("taken@example.com", "the owner's own password");
        var stranger = factory.NewClient();

        var response = await stranger.PostFormAsync("/join", "join", Filled("taken@example.com"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PathOf(response).ShouldBe("/join");
        var text = HtmlText.Of(await stranger.GetStringAsync("/join", Ct));
        text.ShouldContain("Check your inbox: we've sent a message to taken@example.com about your membership. Open it to continue.");
        text.ShouldNotContain("already has an account");
        text.ShouldNotContain("already a member", Case.Sensitive);
        (await stranger.GetAsync("/account/profile", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the stranger must not be signed in");
        (await factory.EmailsAsync(where: e => e.Contains("To: taken@example.com", StringComparison.Ordinal)))
            .ShouldHaveSingleItem().ShouldContain("Subject: Someone tried to join the Alphas Run Crew with your email");

        // The message has had its say: a reload shows the empty form.
        HtmlText.Of(await stranger.GetStringAsync("/join", Ct)).ShouldNotContain("Check your inbox");
    }

    [Fact]
    public async Task Submit_Valid_CreatesTheMember_SignsThemIn_AndLandsOnWelcome()
    {
        var browser = factory.NewClient();

        var response = await browser.PostFormAsync("/join", "join", Filled("new@example.com"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PathOf(response).ShouldBe("/welcome");
        var welcome = await browser.GetAsync("/welcome", Ct); // members only: answers 200 to a signed-in member
        welcome.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await HtmlText.ReadAsync(welcome);
        text.ShouldContain("Welcome to the crew, Maya!");
        text.ShouldContain("We've sent an email to new@example.com with a link to confirm your address");
        (await factory.EmailsAsync(where: e => e.Contains("To: new@example.com", StringComparison.Ordinal)))
            .ShouldHaveSingleItem().ShouldContain("Subject: Confirm your email for the Alphas Run Crew");
    }

    [Fact]
    public async Task Submit_ManyTimesWithOneEmail_IsSlowedDownWithAMessage_ButTyposUseUpNoTries()
    {
        await using var limited = new AlphasRunWebFactory
        {
            Settings =
            {
                ["AlphasRun:RateLimits:JoinPerAccount:PermitLimit"] = "2",
                ["AlphasRun:RateLimits:JoinPerAccount:Window"] = "01:00:00",
            },
        };
        var client = limited.NewClient();
        client.DefaultRequestHeaders.Add(AlphasRunWebFactory.ClientHeader, "203.0.113.30");

        for (var i = 0; i < 3; i++)
        {
            var typo = await client.PostFormAsync("/join", "join", Filled("eager@example.com", new() { ["Input.FirstName"] = "" }));
            Error(WebUtility.HtmlDecode(await typo.Content.ReadAsStringAsync(Ct)), "join-first-name").ShouldBe("Enter your first name.");
        }

        PathOf(await client.PostFormAsync("/join", "join", Filled("eager@example.com"))).ShouldBe("/welcome");
        PathOf(await client.PostFormAsync("/join", "join", Filled("eager@example.com"))).ShouldBe("/join");
        var slowed = await client.PostFormAsync("/join", "join", Filled("eager@example.com"));

        slowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await slowed.Content.ReadAsStringAsync(Ct));
        HtmlText.Of(html).ShouldContain("Too many tries to join from here in a short time. Please try again in");
        html.ShouldContain("value=\"eager@example.com\"");
        (await limited.EmailsAsync(2, e => e.Contains("To: eager@example.com", StringComparison.Ordinal))).Count.ShouldBe(2, "a confirmation and one note to the owner; the slowed-down try sends nothing");
    }

    private static Dictionary<string, string> Filled(string email, Dictionary<string, string>? changes = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Maya",
            ["Input.LastName"] = "Chen",
            ["Input.MainDistance"] = "HalfMarathon",
            ["Input.PaceUnit"] = "Kilometres",
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
            ["Input.AcceptsWaiver"] = "true",
        };
        foreach (var (key, value) in changes ?? [])
        {
            fields[key] = value;
        }

        return fields;
    }

    private async Task<string?> UserIdOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMemberAccounts>().UserIdOfEmailAsync(email, Ct);
    }

    /// <summary>Where a redirect goes, on this site only.</summary>
    private static string PathOf(HttpResponseMessage response)
    {
        var location = new Uri(new Uri("http://localhost"), response.Headers.Location!);
        location.Host.ShouldBe("localhost");
        return location.PathAndQuery;
    }

    private static string Error(string html, string field) =>
        Regex.Match(html, $"id=\"{field}-error\"[^>]*>([^<]*)<").Groups[1].Value;

    [GeneratedRegex("<input type=\"radio\" name=\"Input.MainDistance\" value=\"Marathon\" checked")]
    private static partial Regex MarathonChecked();

    [GeneratedRegex("<input type=\"checkbox\" name=\"Input.AcceptsWaiver\" value=\"true\" checked")]
    private static partial Regex WaiverChecked();
}
