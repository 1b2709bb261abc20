using System.Net;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Http;

/// <summary>Every public page from a fresh database, read as a visitor reads it (first HTML response, before any script).</summary>
public sealed class PublicPagesTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    [Fact]
    public async Task Home_ShowsTheCrewNextRunsAndJoinCallToAction()
    {
        var text = await GetTextAsync("/");

        text.ShouldContain("Alphas Run Crew");
        text.ShouldContain("Next group runs");
        text.ShouldContain("Panera Bread");
        text.ShouldContain("Join the crew");
        text.ShouldContain("Read the guide");
        text.ShouldContain("See the plans");
    }

    [Fact]
    public async Task Guide_HasItsFivePartsWithTheirFacts()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/guide", TestContext.Current.CancellationToken);
        var text = HtmlText.Of(html);

        foreach (var anchor in new[] { "recover", "back-to-basics", "nutrition", "strength", "new-training-plan" })
        {
            html.ShouldContain($"id=\"{anchor}\"");
        }

        text.ShouldContain("at least 3–4 weeks");
        text.ShouldContain("strength trainer");
        text.ShouldContain("cadence");
        text.ShouldContain("dietitian");
        text.ShouldContain("dynamic hip");
        text.ShouldContain("coach");
    }

    [Fact]
    public async Task MarathonPlan_ShowsLongAndMediumRunsAndTheWeekTotal()
    {
        var text = await GetTextAsync("/plans/off-season-marathon");

        text.ShouldContain("16–18 km");
        text.ShouldContain("10–12 km");
        text.ShouldContain("Week total: 41–48 km");
        text.ShouldContain("Run it with the crew: Sunday 8:00 AM at Panera Bread");
        text.ShouldContain("Run it with the crew: Tuesday 6:00 PM at Panera Bread");
    }

    [Fact]
    public async Task HalfMarathonPlan_ShowsTheHalfDistances()
    {
        var text = await GetTextAsync("/plans/off-season-half-marathon");

        text.ShouldContain("10–12 km");
        text.ShouldContain("8–10 km");
        text.ShouldNotContain("16–18 km");
    }

    [Fact]
    public async Task Plan_WithMilesCookie_IsServedInMilesOnTheFirstResponse()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", "alphasrun-units=mi");

        var text = HtmlText.Of(await client.GetStringAsync("/plans/off-season-marathon", TestContext.Current.CancellationToken));

        text.ShouldContain("9.9–11.2 mi");
        text.ShouldNotContain("16–18 km");
    }

    [Fact]
    public async Task Plans_ListsBothPlans()
    {
        var text = await GetTextAsync("/plans");

        text.ShouldContain("Off-season week for marathoners");
        text.ShouldContain("Off-season week for half marathoners");
    }

    [Fact]
    public async Task Runs_ShowsDatedTuesdayThursdaySundayRunsAtPaneraBread()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/runs", TestContext.Current.CancellationToken);
        var text = HtmlText.Of(html);

        text.ShouldContain("Thursday");
        text.ShouldContain("6:00 PM");
        text.ShouldContain("8:00 AM");
        text.ShouldContain("Panera Bread");
        text.ShouldContain("Hwy 7 and Birchmount");
        html.ShouldContain("https://www.openstreetmap.org/");
    }

    [Theory]
    [InlineData("/plans/no-such-plan")]
    [InlineData("/no/such/page")]
    [InlineData("/plans/%3Cscript%3E")]
    public async Task UnknownPath_IsAFriendly404WithLinksBack(string path)
    {
        var response = await factory.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var text = await HtmlText.ReadAsync(response);
        text.ShouldContain("We can't find that page");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("href=\"/guide\"");
    }

    [Fact]
    public async Task Healthz_WithAWorkingDatabase_Is200Json()
    {
        var response = await factory.CreateClient().GetAsync("/healthz", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"status\":\"Healthy\"");
    }

    private async Task<string> GetTextAsync(string path)
    {
        var response = await factory.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await HtmlText.ReadAsync(response);
    }
}
