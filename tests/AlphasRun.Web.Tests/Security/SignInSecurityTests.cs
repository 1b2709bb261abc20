using System.Net;
using AlphasRun.Application.Runners;
using AlphasRun.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Web.Tests.Security;

/// <summary>Items 3 and 7: wrong passwords cannot lock a member out from elsewhere, redirects stay safe, joining signs in only the browser whose form it is.</summary>
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

    [Fact]
    public async Task SignIn_ToAnAccountLockedByAnAdmin_SaysWhoLockedItAndWhomToAsk_ToTheOwnerOnly()
    {
        var userId = await factory.CreateMemberAsync("admin.locked@example.com", "the member's own password");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<IMemberAccounts>().SetLockedAsync(userId, true, TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
        }

        var client = factory.NewClient();
        var owner = await HtmlText.ReadAsync(await client.PostLoginAsync("admin.locked@example.com", "the member's own password"));
        owner.ShouldContain("Your account is locked by the crew's admins, so you can't sign in. To sort it out, ask a coach at the next group run.");
        owner.ShouldNotContain("Too many wrong passwords");

        // Without the password it is one more wrong password: nobody learns that the account is locked.
        var stranger = await HtmlText.ReadAsync(await client.PostLoginAsync("admin.locked@example.com", "somebody else's guess"));
        stranger.ShouldContain("don't match an account");
        stranger.ShouldNotContain("locked");
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
    public async Task Join_PostedFromAnotherSite_WithoutTheBrowsersToken_CreatesNobody_AndSignsNobodyIn()
    {
        var victim = factory.NewClient();

        var foreignForm = await victim.PostAsync("/join", new FormUrlEncodedContent(JoinFields("planted@example.com")), TestContext.Current.CancellationToken);

        foreignForm.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await victim.GetAsync("/account/profile", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<IMemberAccounts>().UserIdOfEmailAsync("planted@example.com", TestContext.Current.CancellationToken)).ShouldBeNull();
    }

    [Fact]
    public async Task Join_PostedWithTheBrowsersToken_SignsInThatBrowser_AndTheSameFormAgainSignsInNobody()
    {
        var browser = factory.NewClient();

        var first = await browser.PostFormAsync("/join", "join", JoinFields("newbie@example.com"));
        PathOf(first).ShouldBe("/welcome");
        (await browser.GetAsync("/account/profile", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var other = factory.NewClient();
        var again = await other.PostFormAsync("/join", "join", JoinFields("newbie@example.com"));
        PathOf(again).ShouldBe("/join");
        (await other.GetAsync("/account/profile", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static Dictionary<string, string> JoinFields(string email) => new()
    {
        ["_handler"] = "join",
        ["Input.FirstName"] = "New",
        ["Input.LastName"] = "Member",
        ["Input.Email"] = email,
        ["Input.Password"] = "a long enough password",
        ["Input.ConfirmPassword"] = "a long enough password",
        ["Input.AcceptsWaiver"] = "true",
    };
}
