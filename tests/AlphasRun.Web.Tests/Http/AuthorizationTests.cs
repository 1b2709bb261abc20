using System.Net;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Runners;
using AlphasRun.Infrastructure.Identity;
using AlphasRun.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Web.Tests.Http;

/// <summary>Who may open what, checked over HTTP with real sign-ins (Development seeds a demo runner, coach and admin).</summary>
public sealed class AuthorizationTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    [Theory]
    [InlineData("/coach")]
    [InlineData("/admin/members")]
    [InlineData("/account/profile")]
    public async Task Anonymous_OnAProtectedPage_IsSentToSignIn(string path)
    {
        var response = await factory.NewClient().GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/account/login?ReturnUrl=");
    }

    [Theory]
    [InlineData("/coach")]
    [InlineData("/admin/members")]
    public async Task Runner_OnACoachOrAdminPage_GetsAccessDenied(string path)
    {
        var client = factory.NewClient();
        (await client.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");

        var denied = await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await HtmlText.ReadAsync(denied)).ShouldContain("This part of the app is for the crew's coaches and admins");
    }

    [Fact]
    public async Task Coach_SeesCoachCornerButNotMembers()
    {
        var client = factory.NewClient();
        await client.PostLoginAsync("coach@alphasrun.local", "coach-the-crew-2026");

        var coach = await client.GetAsync("/coach", TestContext.Current.CancellationToken);
        coach.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await HtmlText.ReadAsync(coach);
        text.ShouldContain("Coach corner");
        text.ShouldNotContain("Members");
        (await client.GetAsync("/admin/members", TestContext.Current.CancellationToken)).Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
    }

    [Fact]
    public async Task Admin_SeesTheMemberList()
    {
        var client = factory.NewClient();
        await client.PostLoginAsync("admin@alphasrun.local", "admin-the-crew-2026");

        var response = await client.GetAsync("/admin/members", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await HtmlText.ReadAsync(response);
        text.ShouldContain("runner@alphasrun.local");
        text.ShouldContain("Casey Demo");
    }

    [Fact]
    public async Task Login_UnknownEmailAndWrongPassword_GetTheSameAnswer()
    {
        var unknown = await HtmlText.ReadAsync(await factory.NewClient().PostLoginAsync("nobody@example.com", "whatever-password"));
        var wrong = await HtmlText.ReadAsync(await factory.NewClient().PostLoginAsync("coach@alphasrun.local", "not-the-password"));

        unknown.ShouldContain("That email and password don't match an account.");
        wrong.ShouldContain("That email and password don't match an account.");
    }

    [Fact]
    public async Task Login_AfterFiveWrongPasswordsFromOneClient_RefusesThatClientEvenWithTheRightOne()
    {
        await factory.CreateMemberAsync("lockout@example.com", "the right password");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await factory.NewClient().PostLoginAsync("lockout@example.com", "a wrong password")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var response = await factory.NewClient().PostLoginAsync("lockout@example.com", "the right password");

        response.StatusCode.ShouldBe(HttpStatusCode.OK); // the form again, not a redirect into the app
        (await HtmlText.ReadAsync(response)).ShouldContain("Too many wrong passwords for this account from here. Try again in 15 minutes");
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRejected()
    {
        var response = await factory.NewClient().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = "coach@alphasrun.local",
            ["Input.Password"] = "coach-the-crew-2026",
        }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SignInCookie_IsHttpOnly()
    {
        var response = await factory.NewClient().PostLoginAsync("runner@alphasrun.local", "run-with-the-crew");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("alphasrun.auth=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
    }

    [Fact]
    public async Task Join_ShowsTheFormAndTheWaiver()
    {
        var text = await HtmlText.ReadAsync(await factory.NewClient().GetAsync("/join", TestContext.Current.CancellationToken));

        text.ShouldContain("Join the Alphas Run Crew");
        text.ShouldContain("Safety waiver and code of conduct");
        text.ShouldContain("I accept the crew's safety waiver and code of conduct");
    }

    [Theory]
    [InlineData("/account/profile?welcome=1")]
    [InlineData("/account/profile?welcome=yes")]
    public async Task Profile_WithAnOddQueryValue_StillShowsTheProfile(string path)
    {
        var client = factory.NewClient();
        await client.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew");

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlText.ReadAsync(response)).ShouldContain("My profile");
    }

    [Fact]
    public async Task RoleChanges_CountOnTheMembersNextRequest_WithoutSigningInAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        const string email = "next.request@example.com";
        await factory.CreateMemberAsync(email, "a long run on a cold morning");
        var client = factory.NewClient();
        await client.PostLoginAsync(email, "a long run on a cold morning");
        (await client.GetAsync("/coach", ct)).Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");

        await SetRoleAsync(email, Roles.Coach, granted: true);
        var granted = await client.GetAsync("/coach", ct);
        granted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlText.ReadAsync(granted)).ShouldContain("Coach corner");

        await SetRoleAsync(email, Roles.Coach, granted: false);
        (await client.GetAsync("/coach", ct)).Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
        (await client.GetAsync("/account/profile", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ALockedMember_IsSignedOutAtTheirNextRequest()
    {
        var ct = TestContext.Current.CancellationToken;
        var userId = await factory.CreateMemberAsync("locked.next@example.com", "a long run on a cold morning");
        var client = factory.NewClient();
        await client.PostLoginAsync("locked.next@example.com", "a long run on a cold morning");
        (await client.GetAsync("/account/profile", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<IMemberAccounts>().SetLockedAsync(userId, true, ct)).Succeeded.ShouldBeTrue();
        }

        var after = await client.GetAsync("/account/profile", ct);
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task ALockedMember_SignedOutAtTheirNextRequest_LandsOnTheSignInPage_ThatSaysWhy_Once()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = await SignedInThenLockedAsync("locked.why@example.com");

        var after = await client.GetAsync("/my/runs", ct);
        after.Headers.Location!.AbsolutePath.ShouldBe("/account/login");

        (await HtmlText.ReadAsync(await client.GetAsync(after.Headers.Location, ct))).ShouldContain("You were signed out. " + AdminLock.Message);
        (await HtmlText.ReadAsync(await client.GetAsync("/account/login", ct))).ShouldNotContain(AdminLock.Message);
    }

    [Fact]
    public async Task ALockedMember_WhoseOpenPageSendsThemToSignIn_ReadsWhyThere_Once()
    {
        // An interactive page's revalidation ends the circuit's sign-in and loads the sign-in page with the old cookie.
        var ct = TestContext.Current.CancellationToken;
        var client = await SignedInThenLockedAsync("locked.open@example.com");

        (await HtmlText.ReadAsync(await client.GetAsync("/account/login?returnUrl=%2Fmy%2Fruns", ct))).ShouldContain("You were signed out. " + AdminLock.Message);
        (await HtmlText.ReadAsync(await client.GetAsync("/account/login", ct))).ShouldNotContain(AdminLock.Message);
    }

    private async Task<HttpClient> SignedInThenLockedAsync(string email)
    {
        var ct = TestContext.Current.CancellationToken;
        var userId = await factory.CreateMemberAsync(email, "a long run on a cold morning");
        var client = factory.NewClient();
        await client.PostLoginAsync(email, "a long run on a cold morning");
        (await client.GetAsync("/account/profile", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<IMemberAccounts>().SetLockedAsync(userId, true, ct)).Succeeded.ShouldBeTrue();
        return client;
    }

    private async Task SetRoleAsync(string email, string role, bool granted)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<IMemberAccounts>().SetRoleAsync(email, role, granted, CancellationToken.None)).Succeeded.ShouldBeTrue();
    }
}
