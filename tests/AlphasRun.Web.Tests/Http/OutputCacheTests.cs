using System.Net;
using System.Security.Claims;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.Guide.Editing.GetGuideSection;
using AlphasRun.Application.Guide.Editing.ListGuideSections;
using AlphasRun.Application.Guide.Editing.PublishGuideSection;
using AlphasRun.Application.Guide.Editing.SaveGuideDraft;
using AlphasRun.Application.Runners;
using AlphasRun.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Web.Tests.Http;

/// <summary>
/// Output caching of the reading pages (docs/decisions/0009): anonymous reads come from the cache, a
/// member's never do, and a coach's publish is on the very next request.
/// </summary>
public sealed class OutputCacheTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/guide")]
    [InlineData("/plans")]
    [InlineData("/plans/off-season-marathon")]
    [InlineData("/runs")]
    [InlineData("/calendar/club.ics")]
    public async Task AnonymousRead_Twice_TheSecondComesFromTheCache(string path)
    {
        using var client = factory.NewClient();

        using var first = await client.GetAsync(path, TestContext.Current.CancellationToken);
        using var second = await client.GetAsync(path, TestContext.Current.CancellationToken);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.Contains("Set-Cookie").ShouldBeFalse($"{path} must not set a cookie for a reader, or it could never be cached");
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.Headers.Age.ShouldNotBeNull($"the second read of {path} should be served from the output cache");
        (await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .ShouldBe(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnonymousRead_InMiles_IsCachedApartFromKilometres()
    {
        using var client = factory.NewClient();
        await client.GetAsync("/plans/off-season-marathon", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/plans/off-season-marathon");
        request.Headers.Add("Cookie", "alphasrun-units=mi");

        using var miles = await client.SendAsync(request, TestContext.Current.CancellationToken);

        HtmlText.Of(await miles.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain(" mi");
    }

    [Fact]
    public async Task SignedInRead_IsNeverCached()
    {
        var email = $"cache-{Guid.NewGuid():N}@example.com";
        await factory.CreateMemberAsync(email, "a long run on a cold morning");
        using var client = factory.NewClient();
        (await client.PostLoginAsync(email, "a long run on a cold morning")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var first = await client.GetAsync("/runs", TestContext.Current.CancellationToken);
        using var second = await client.GetAsync("/runs", TestContext.Current.CancellationToken);

        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.Headers.Age.ShouldBeNull("a member's page carries their places and must never come from the shared cache");
        HtmlText.Of(await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("My runs");
    }

    [Fact]
    public async Task CoachPublishesAGuideSection_TheNextAnonymousReadShowsIt()
    {
        using var client = factory.NewClient();
        await client.GetAsync("/guide", TestContext.Current.CancellationToken);
        (await client.GetAsync("/guide", TestContext.Current.CancellationToken)).Headers.Age.ShouldNotBeNull("the guide should be cached before the publish");

        await PublishAsCoachAsync("Eat well and hydrate before every crew run.");

        using var after = await client.GetAsync("/guide", TestContext.Current.CancellationToken);
        after.Headers.Age.ShouldBeNull("the publish should have evicted the cached guide");
        HtmlText.Of(await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .ShouldContain("Eat well and hydrate before every crew run.");
    }

    private async Task PublishAsCoachAsync(string sentence)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        // Outside a request the services take the caller from the HTTP context: make it the demo coach
        // (a real account: services re-check the caller's roles in the database).
        var coach = (await scope.ServiceProvider.GetRequiredService<IMemberAccounts>().ListMembersAsync("coach@alphasrun.local", TestContext.Current.CancellationToken)).Single();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, coach.UserId), new Claim(ClaimTypes.Name, "Casey"), new Claim(ClaimTypes.Role, Roles.Coach)],
                "test")),
        };
        var editor = scope.ServiceProvider.GetRequiredService<IUseCases>();
        var section = (await editor.SendAsync(new ListGuideSections(), TestContext.Current.CancellationToken)).Value!.First(s => s.Anchor == "nutrition");
        var model = (await editor.SendAsync(new GetGuideSection(section.Id), TestContext.Current.CancellationToken)).Value!;
        model.BodyMarkdown += $"\n\n{sentence}";
        var saved = await editor.SendAsync(new SaveGuideDraft(model), TestContext.Current.CancellationToken);
        saved.Succeeded.ShouldBeTrue(saved.Message);
        var published = await editor.SendAsync(new PublishGuideSection(section.Id, saved.Value), TestContext.Current.CancellationToken);
        published.Succeeded.ShouldBeTrue(published.Message);
    }
}
