using System.Net;
using System.Text.RegularExpressions;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Http;

public sealed partial class GroupRunPagesTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    [Fact]
    public async Task RunPage_ShowsWhenWherePaceGroupsAndSuggestedDistances()
    {
        var client = factory.NewClient();
        var runId = await FirstRunIdAsync(client, "Sunday");

        var text = await HtmlText.ReadAsync(await client.GetAsync($"/runs/{runId}", TestContext.Current.CancellationToken));

        text.ShouldContain("Sunday morning long run");
        text.ShouldContain("8:00 AM");
        text.ShouldContain("Panera Bread, Hwy 7 and Birchmount, Markham, Ontario");
        text.ShouldContain("5:45 min/km: 0");
        text.ShouldContain("Marathon plan : long run 16–18 km");
        text.ShouldContain("Half marathon plan : long run 10–12 km");
        text.ShouldContain("Sign in to register");
    }

    [Theory]
    [InlineData("/runs/00000000-0000-0000-0000-000000000001")]
    [InlineData("/runs/not-a-guid")]
    [InlineData("/runs/123")]
    public async Task RunPage_UnknownOrMalformedId_IsThe404Page(string path)
    {
        var response = await factory.NewClient().GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await HtmlText.ReadAsync(response)).ShouldContain("We can't find that page");
    }

    [Fact]
    public async Task RunsList_ForAVisitor_InvitesThemOnce_AndEachDateLeadsToItsPage()
    {
        var html = await factory.NewClient().GetStringAsync("/runs", TestContext.Current.CancellationToken);
        var text = HtmlText.Of(html);

        text.ShouldContain("Members register for a run so the run leaders know who's coming. It's free: join the crew or sign in");
        html.ShouldContain("href=\"/account/login?returnUrl=%2Fruns\"");
        html.ShouldContain("href=\"/join\"");
        html.ShouldNotContain("data-testid=\"register\"");
        html.ShouldNotContain("Sign in to register");
        var first = RunItem().Matches(html).First();
        first.Groups[2].Value.ShouldContain($"href=\"/runs/{first.Groups[1].Value}\"");
    }

    [Fact]
    public async Task RunsList_ForASignedInMember_OffersRegister()
    {
        var client = factory.NewClient();
        await client.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew");

        var text = await HtmlText.ReadAsync(await client.GetAsync("/runs", TestContext.Current.CancellationToken));

        text.ShouldContain("Register for");
        text.ShouldContain("runners coming");
    }

    [Theory]
    [InlineData("/coach/runs")]
    [InlineData("/my/runs")]
    public async Task MemberAndCoachPages_Anonymous_AreSentToSignIn(string path)
    {
        var response = await factory.NewClient().GetAsync(path, TestContext.Current.CancellationToken);

        response.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task RosterCsv_ForACoach_IsACsvFile_AndForARunnerIsRefused()
    {
        var coach = factory.NewClient();
        await coach.PostLoginAsync("coach@alphasrun.local", "coach-the-crew-2026");
        var runId = await FirstRunIdAsync(coach, "Tuesday");

        var csv = await coach.GetAsync($"/coach/runs/{runId}/roster.csv", TestContext.Current.CancellationToken);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Run,Pace group,Name,Main distance,Status,Checked in");
        // Named by the run's date and name, so a coach's downloads folder reads like a calendar (issue #12 item 8).
        csv.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldMatch(@"^roster-\d{4}-\d\d-\d\d-tuesday-[a-z0-9-]+\.csv$");

        var runner = factory.NewClient();
        await runner.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew");
        var refused = await runner.GetAsync($"/coach/runs/{runId}/roster.csv", TestContext.Current.CancellationToken);
        refused.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
        (await factory.NewClient().GetAsync($"/coach/runs/{runId}/roster.csv", TestContext.Current.CancellationToken)).Headers.Location!.AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task RunPage_ForACoach_LinksToItsRoster_AndForOthersDoesNot()
    {
        var coach = factory.NewClient();
        await coach.PostLoginAsync("coach@alphasrun.local", "coach-the-crew-2026");
        var runId = await FirstRunIdAsync(coach, "Thursday");

        (await coach.GetStringAsync($"/runs/{runId}", TestContext.Current.CancellationToken)).ShouldContain($"href=\"/coach/runs/{runId}\"");

        var runner = factory.NewClient();
        await runner.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew");
        (await runner.GetStringAsync($"/runs/{runId}", TestContext.Current.CancellationToken)).ShouldNotContain($"/coach/runs/{runId}");
        (await factory.NewClient().GetStringAsync($"/runs/{runId}", TestContext.Current.CancellationToken)).ShouldNotContain($"/coach/runs/{runId}");
    }

    [Fact]
    public async Task Welcome_AfterJoining_OffersTheNextRunsAndMentionsTheConfirmationEmail()
    {
        const string email = "welcome.page@example.com";
        await factory.CreateMemberAsync(email, "a long run on a cold morning");
        var client = factory.NewClient();
        await client.PostLoginAsync(email, "a long run on a cold morning");

        var text = await HtmlText.ReadAsync(await client.GetAsync("/welcome", TestContext.Current.CancellationToken));

        text.ShouldContain("Welcome to the crew, Test!");
        text.ShouldContain($"We've sent an email to {email} with a link to confirm your address");
        text.ShouldContain("Register for your first run");
        text.ShouldContain("Register for ");
    }

    [Fact]
    public async Task ClubCalendar_IsAnIcsFeedWithTheClubTimeZone()
    {
        var response = await factory.NewClient().GetAsync("/calendar/club.ics", TestContext.Current.CancellationToken);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var ics = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ics.ShouldStartWith("BEGIN:VCALENDAR");
        ics.ShouldContain("DTSTART;TZID=America/Toronto:");
        ics.ShouldContain("LOCATION:Panera Bread\\, Hwy 7 and Birchmount\\, Markham\\, Ontario");
    }

    [Fact]
    public async Task PersonalCalendar_WithAnUnknownToken_Is404()
    {
        (await factory.NewClient().GetAsync("/calendar/u/0123456789abcdef.ics", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<string> FirstRunIdAsync(HttpClient client, string day)
    {
        var html = await client.GetStringAsync("/runs");
        return RunItem().Matches(html).First(m => HtmlText.Of(m.Groups[2].Value).Contains(day, StringComparison.Ordinal)).Groups[1].Value;
    }

    [GeneratedRegex("data-run-id=\"([0-9a-f-]+)\"(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex RunItem();
}
