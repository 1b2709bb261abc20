using System.Net;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Security;

/// <summary>Item 3: the abusable endpoints are limited per client and per account, with a friendly 429 and Retry-After.</summary>
public sealed class RateLimitTests
{
    private static AlphasRunWebFactory SmallLimits(params (string Key, string Value)[] extra)
    {
        var factory = new AlphasRunWebFactory
        {
            Settings =
            {
                ["AlphasRun:RateLimits:SignInPerClient:PermitLimit"] = "3",
                ["AlphasRun:RateLimits:SignInPerClient:Window"] = "01:00:00",
                ["AlphasRun:RateLimits:SignInPerAccount:PermitLimit"] = "4",
                ["AlphasRun:RateLimits:SignInPerAccount:Window"] = "01:00:00",
                ["AlphasRun:RateLimits:AccountEmailPerAccount:PermitLimit"] = "2",
                ["AlphasRun:RateLimits:AccountEmailPerAccount:Window"] = "01:00:00",
                ["AlphasRun:RateLimits:FeedPerClient:PermitLimit"] = "2",
                ["AlphasRun:RateLimits:FeedPerClient:Window"] = "01:00:00",
            },
        };
        foreach (var (key, value) in extra)
        {
            factory.Settings[key] = value;
        }

        return factory;
    }

    private static HttpClient Client(AlphasRunWebFactory factory, string address)
    {
        var client = factory.NewClient();
        client.DefaultRequestHeaders.Add(AlphasRunWebFactory.ClientHeader, address);
        return client;
    }

    [Fact]
    public async Task SignIn_TooManyFromOneClient_Gets429WithRetryAfterWhileOthersSignInNormally()
    {
        await using var factory = SmallLimits();
        var attacker = Client(factory, "203.0.113.7");

        for (var i = 0; i < 3; i++)
        {
            (await attacker.PostLoginAsync($"someone{i}@example.com", "not the password")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await attacker.PostLoginAsync("someone9@example.com", "not the password");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);
        var text = await HtmlText.ReadAsync(refused);
        text.ShouldContain("Slow down a little");
        text.ShouldContain("Please try again in");

        var member = Client(factory, "198.51.100.20");
        (await member.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await attacker.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_ManyClientsAgainstOneAccount_AreLimitedPerAccount()
    {
        await using var factory = SmallLimits();

        for (var i = 0; i < 4; i++)
        {
            (await Client(factory, $"203.0.113.{i + 1}").PostLoginAsync("coach@alphasrun.local", $"guess {i}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await Client(factory, "203.0.113.50").PostLoginAsync("COACH@alphasrun.local ", "guess 5")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await Client(factory, "203.0.113.51").PostLoginAsync("runner@alphasrun.local", "run-with-the-crew")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ForgotPassword_CannotFloodOneInbox()
    {
        await using var factory = SmallLimits();
        await factory.CreateMemberAsync("flooded@example.com", "a long enough password");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await Client(factory, $"203.0.113.{i + 1}").PostFormAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = "flooded@example.com" });
            answers.Add(response.StatusCode);
        }

        answers.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
        (await factory.EmailsAsync(2)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task CalendarFeed_TooManyFromOneClient_Gets429AndTheSiteStillAnswersOthers()
    {
        await using var factory = SmallLimits();
        var greedy = Client(factory, "203.0.113.9");

        (await greedy.GetAsync("/calendar/club.ics", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await greedy.GetAsync("/calendar/u/nope.ics", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = await greedy.GetAsync("/calendar/club.ics", TestContext.Current.CancellationToken);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await Client(factory, "203.0.113.10").GetAsync("/calendar/club.ics", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await greedy.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ForwardedFor_FromAnUntrustedClient_DoesNotEscapeTheLimit()
    {
        await using var factory = SmallLimits();
        var client = Client(factory, "203.0.113.9");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/calendar/club.ics");
            request.Headers.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            answers.Add((await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
        }

        answers[^1].ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task ForwardedFor_FromAConfiguredProxy_NamesTheRealClient()
    {
        await using var factory = SmallLimits(("AlphasRun:KnownProxies:0", "10.0.0.5"));
        var proxy = Client(factory, "10.0.0.5");

        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/calendar/club.ics");
            request.Headers.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            (await proxy.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }
}
