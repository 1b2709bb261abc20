using System.Net;
using AlphasRun.Web.Features.Account;
using AlphasRun.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Web.Tests.Security;

/// <summary>Items 3 and 7: wrong passwords cannot lock a member out from elsewhere, redirects stay safe, tickets need a form post.</summary>
public sealed class SignInSecurityTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    [Fact]
    public async Task WrongPasswords_FromAnAttacker_LockOnlyTheAttackerOutOfThatAccount()
    {
        await factory.CreateMemberAsync("target@example.com", "the member's own password");
        var attacker = factory.NewClient();
        attacker.DefaultRequestHeaders.Add(AlphasRunWebFactory.ClientHeader, "203.0.113.66");

        for (var i = 0; i < 5; i++)
        {
            (await HtmlText.ReadAsync(await attacker.PostLoginAsync("target@example.com", $"guess number {i}"))).ShouldContain("don't match an account");
        }

        (await HtmlText.ReadAsync(await attacker.PostLoginAsync("target@example.com", "the member's own password"))).ShouldContain("Too many wrong passwords for this account from here");

        var member = factory.NewClient();
        member.DefaultRequestHeaders.Add(AlphasRunWebFactory.ClientHeader, "198.51.100.8");
        var signedIn = await member.PostLoginAsync("target@example.com", "the member's own password");
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PathOf(signedIn).ShouldBe("/");
    }

    [Theory]
    [InlineData("/runs\r\nSet-Cookie: evil=1")]
    [InlineData("/runs\u0000")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task SignIn_WithAHostileReturnUrl_GoesHome(string returnUrl)
    {
        var client = factory.NewClient();
        var token = await client.AntiforgeryTokenAsync("/account/login");

        var response = await client.PostAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = "runner@alphasrun.local",
            ["Input.Password"] = "run-with-the-crew",
        }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PathOf(response).ShouldBe("/");
    }

    [Fact]
    public async Task SignIn_WithANonAsciiReturnUrl_ArrivesThere()
    {
        var client = factory.NewClient();

        var token = await client.AntiforgeryTokenAsync("/account/login");
        var response = await client.PostAsync($"/account/login?returnUrl={Uri.EscapeDataString("/runs?note=café")}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = "runner@alphasrun.local",
            ["Input.Password"] = "run-with-the-crew",
        }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PathOf(response).ShouldBe("/runs?note=caf%C3%A9");
    }

    /// <summary>Where a redirect goes, on this site only (an absolute Location must name localhost).</summary>
    private static string PathOf(HttpResponseMessage response)
    {
        var location = new Uri(new Uri("http://localhost"), response.Headers.Location!);
        location.Host.ShouldBe("localhost");
        return location.PathAndQuery;
    }

    [Fact]
    public async Task JoinTicket_InALink_SignsNobodyIn()
    {
        var attackerId = await factory.CreateMemberAsync("attacker@example.com", "a long enough password");
        var ticket = await factory.Services.GetRequiredService<SignInTickets>().IssueAsync(attackerId, TestContext.Current.CancellationToken);
        var victim = factory.NewClient();

        var viaLink = await victim.GetAsync($"/account/complete-sign-in?ticket={ticket}&returnUrl=/account/profile", TestContext.Current.CancellationToken);
        var viaForeignForm = await victim.PostAsync("/account/complete-sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["ticket"] = ticket }), TestContext.Current.CancellationToken);

        viaLink.Headers.Location?.ToString().ShouldNotContain("/account/profile");
        viaForeignForm.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await victim.GetAsync("/account/profile", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task JoinTicket_PostedWithTheBrowsersToken_SignsInOnce()
    {
        var userId = await factory.CreateMemberAsync("newbie@example.com", "a long enough password");
        var ticket = await factory.Services.GetRequiredService<SignInTickets>().IssueAsync(userId, TestContext.Current.CancellationToken);
        var browser = factory.NewClient();
        var token = await browser.AntiforgeryTokenAsync("/account/login");
        var form = new Dictionary<string, string> { ["ticket"] = ticket, ["returnUrl"] = "/account/profile", ["__RequestVerificationToken"] = token };

        var first = await browser.PostAsync("/account/complete-sign-in", new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
        first.Headers.Location!.ToString().ShouldBe("/account/profile");
        (await browser.GetAsync("/account/profile", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var other = factory.NewClient();
        var otherToken = await other.AntiforgeryTokenAsync("/account/login");
        var again = await other.PostAsync("/account/complete-sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["ticket"] = ticket, ["__RequestVerificationToken"] = otherToken }), TestContext.Current.CancellationToken);
        again.Headers.Location!.ToString().ShouldBe("/account/login");
    }
}
