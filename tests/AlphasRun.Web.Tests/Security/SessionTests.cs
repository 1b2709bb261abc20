using System.Net;
using AlphasRun.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlphasRun.Web.Tests.Security;

/// <summary>Item 5: signing out ends the session on the server, "sign out everywhere" ends them all, and no session outlives its lifetime.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task SignOut_ACopiedCookieStopsWorking()
    {
        await using var factory = new AlphasRunWebFactory();
        var jar = new CookieContainer();
        var browser = factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar));
        (await browser.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var copy = CopyOf(factory, jar);
        (await copy.GetAsync("/account/profile", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await SignOutAsync(browser, "/account/logout");

        var afterwards = await copy.GetAsync("/account/profile", TestContext.Current.CancellationToken);
        afterwards.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterwards.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task SignOut_LeavesTheMembersOtherDevicesSignedIn()
    {
        await using var factory = new AlphasRunWebFactory();
        var phone = factory.NewClient();
        var laptop = factory.NewClient();
        await phone.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew");
        await laptop.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew");

        await SignOutAsync(phone, "/account/logout");

        (await laptop.GetAsync("/account/profile", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignOutEverywhere_EndsEverySessionOfTheMember()
    {
        await using var factory = new AlphasRunWebFactory { Settings = { ["AlphasRun:SecurityStampInterval"] = "00:00:00" } };
        var phone = factory.NewClient();
        var laptop = factory.NewClient();
        await phone.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew");
        await laptop.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew");
        (await HtmlText.ReadAsync(await laptop.GetAsync("/account/profile", TestContext.Current.CancellationToken))).ShouldContain("Sign out everywhere");

        await SignOutAsync(laptop, "/account/logout-everywhere");

        (await phone.GetAsync("/account/profile", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await laptop.GetAsync("/account/profile", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.NewClient().PostLoginAsync("runner@alphasrun.local", "run-with-the-crew")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ASession_EndsAfterItsAbsoluteLifetimeHoweverActive()
    {
        var clock = new HandMovedClock(DateTimeOffset.UtcNow);
        await using var factory = new TimedFactory(clock) { Settings = { ["AlphasRun:SessionLifetime"] = "08:00:00" } };
        var browser = factory.NewClient();
        await browser.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew");

        for (var hour = 0; hour < 7; hour++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            (await browser.GetAsync("/account/profile", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        clock.Advance(TimeSpan.FromHours(1.5));
        (await browser.GetAsync("/account/profile", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static async Task SignOutAsync(HttpClient client, string action)
    {
        var token = await client.AntiforgeryTokenAsync("/account/profile");
        var response = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnUrl"] = "/",
        }), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>Another client holding the same cookies, as a thief who copied them would.</summary>
    private static HttpClient CopyOf(AlphasRunWebFactory factory, CookieContainer jar)
    {
        var stolen = new CookieContainer();
        stolen.Add(jar.GetAllCookies());
        stolen.GetAllCookies().ShouldContain(c => c.Name == "alphasrun.auth");
        return factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(stolen));
    }

    /// <summary>
    /// A clock the test moves by hand, whose timers still run on real time. FakeTimeProvider would fire every
    /// periodic timer once per period of each skipped hour (the outbox's 2-second tick: 1,800 times an hour,
    /// several seconds of CPU per step) although nothing here is about those jobs.
    /// </summary>
    private sealed class HandMovedClock(DateTimeOffset start) : TimeProvider
    {
        private long _utcTicks = start.UtcTicks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

        public void Advance(TimeSpan delta) => Interlocked.Add(ref _utcTicks, delta.Ticks);
    }

    private sealed class TimedFactory(TimeProvider clock) : AlphasRunWebFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        }
    }
}
