using System.Net;
using System.Text.RegularExpressions;
using AlphasRun.Web.Tests.Support;
using Ical.Net;

namespace AlphasRun.Web.Tests.Http;

/// <summary>"My off-season" over HTTP as a browser without JavaScript uses it: static forms, redirects, files.</summary>
public sealed partial class SeasonPageTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    private const string Password = "a long run on a cold morning";
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Toronto));

    [Fact]
    public async Task Anonymous_IsSentToSignIn_ForThePageAndTheLog()
    {
        var client = factory.NewClient();

        (await client.GetAsync("/my/season", Ct)).Headers.Location!.ToString().ShouldContain("/account/login");
        (await client.GetAsync("/my/season/log.csv", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RaceForm_BadValues_AreRefusedBesideTheirFields_WithWhatWasTypedKept()
    {
        var client = await SignedInMemberAsync();

        var response = await client.PostFormAsync("/my/season", "season-profile", new Dictionary<string, string>
        {
            ["Input.LastRaceDate"] = Today.AddDays(3).ToString("yyyy-MM-dd", null),
            ["Input.LastRaceDistance"] = "Marathon",
            ["Input.FinishTime"] = "3:61",
            ["Input.GoalRaceName"] = "Spring 10K",
            ["Input.GoalRaceDate"] = Today.AddDays(60).ToString("yyyy-MM-dd", null),
            ["Input.GoalRaceDistance"] = "0",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Error(html, "race-date").ShouldBe("Your last race can't be in the future.");
        Error(html, "race-finish").ShouldStartWith("Enter your finish time as h:mm:ss");
        Error(html, "goal-distance").ShouldBe("The distance must be more than 0.");
        html.ShouldContain("value=\"Spring 10K\"");
        html.ShouldContain("value=\"3:61\"");
        (await client.GetStringAsync("/my/season", Ct)).ShouldNotContain("Planned vs done");
    }

    [Fact]
    public async Task Season_FromARace_LogsARun_ExportsTheLog_AndFeedsTheCalendar()
    {
        var client = await SignedInMemberAsync();
        var race = Today.AddDays(-40);

        var saved = await client.PostFormAsync("/my/season", "season-profile", new Dictionary<string, string>
        {
            ["Input.LastRaceDate"] = race.ToString("yyyy-MM-dd", null),
            ["Input.LastRaceDistance"] = "HalfMarathon",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/my/season", Ct));
        page.ShouldContain("Saved. Here is your season.");
        page.ShouldContain("Recovery week 1");
        page.ShouldContain("Off-season week 1");
        page.ShouldContain("Planned vs done");

        var logged = await client.PostFormAsync("/my/season/log", "season-log", new Dictionary<string, string>
        {
            ["Input.Date"] = Today.ToString("yyyy-MM-dd", null),
            ["Input.Title"] = "Treadmill",
            ["Input.Distance"] = "6.5",
            ["Input.Duration"] = "39:00",
            ["Input.Effort"] = "4",
        });
        logged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await client.PostFormAsync("/my/season/log", "season-log", new Dictionary<string, string>
        {
            ["Input.Date"] = Today.ToString("yyyy-MM-dd", null),
            ["Input.Distance"] = "120",
            ["Input.Effort"] = "12",
        });
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        Error(refusedHtml, "log-distance").ShouldBe("The distance can be at most 100 km.");
        Error(refusedHtml, "log-effort").ShouldStartWith("Effort is a number from 1");

        var csv = await client.GetAsync("/my/season/log.csv", Ct);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).TrimStart('\uFEFF').Trim().Split('\n');
        lines.Length.ShouldBe(2);
        lines[1].ShouldStartWith($"{Today:yyyy-MM-dd},Another run,Treadmill,,6.5,39:00,6:00,4,");

        page = WebUtility.HtmlDecode(await client.GetStringAsync("/my/season", Ct));
        var feed = new Uri(SeasonCalendarUrl().Match(page).Groups[1].Value).AbsolutePath;
        feed.ShouldStartWith("/calendar/season/");
        var calendar = Calendar.Load(await factory.NewClient().GetStringAsync(feed, Ct))!;
        var zone = calendar.TimeZones.ShouldHaveSingleItem();
        var standard = zone.TimeZoneInfos.Single(i => i.Name == "STANDARD");
        var daylight = zone.TimeZoneInfos.Single(i => i.Name == "DAYLIGHT");
        var crewRuns = calendar.Events.Where(e => e.Start!.HasTime).ToList();
        crewRuns.Count.ShouldBeGreaterThan(5);
        foreach (var e in crewRuns)
        {
            var local = e.Start!.Value;
            var utc = local - CalendarFeedTests.FeedOffset(standard, daylight, local);
            var expected = local.DayOfWeek == DayOfWeek.Sunday ? new TimeOnly(8, 0) : new TimeOnly(18, 0);
            TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Toronto)).ShouldBe(expected, $"{e.Summary} on {local:d}");
        }

        // Sessions without a crew run are all-day events on their date.
        var easy = calendar.Events.Where(e => e.Summary!.StartsWith("Easy run", StringComparison.Ordinal)).ToList();
        easy.ShouldNotBeEmpty();
        easy.ShouldAllBe(e => !e.Start!.HasTime && e.Start.Value.DayOfWeek == DayOfWeek.Saturday);
        (await factory.NewClient().GetAsync("/calendar/season/not-a-token.ics", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task LogForm_ReadsADecimalComma_AndKeepsWhatIsNotANumberBesideItsField()
    {
        var client = await SignedInMemberAsync();
        (await client.PostFormAsync("/my/season", "season-profile", new Dictionary<string, string>
        {
            ["Input.LastRaceDate"] = Today.AddDays(-40).ToString("yyyy-MM-dd", null),
            ["Input.LastRaceDistance"] = "HalfMarathon",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var refused = await client.PostFormAsync("/my/season/log", "season-log", new Dictionary<string, string>
        {
            ["Input.Date"] = Today.ToString("yyyy-MM-dd", null),
            ["Input.Title"] = "Tempo",
            ["Input.Distance"] = "ten",
        });
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        Error(refusedHtml, "log-distance").ShouldBe("Enter the distance as a number, e.g. 10.5.");
        refusedHtml.ShouldContain("value=\"ten\"");

        var logged = await client.PostFormAsync("/my/season/log", "season-log", new Dictionary<string, string>
        {
            ["Input.Date"] = Today.ToString("yyyy-MM-dd", null),
            ["Input.Title"] = "Tempo",
            ["Input.Distance"] = "10,5",
            ["Input.Duration"] = "52:30",
        });
        logged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var lines = (await client.GetStringAsync("/my/season/log.csv", Ct)).TrimStart('\uFEFF').Trim().Split('\n');
        lines[1].ShouldStartWith($"{Today:yyyy-MM-dd},Another run,Tempo,,10.5,52:30,5:00,");
    }

    private async Task<HttpClient> SignedInMemberAsync()
    {
        var email = $"season-{Guid.NewGuid():N}@example.com";
        await factory.CreateMemberAsync(email, Password);
        var client = factory.NewClient();
        (await client.PostLoginAsync(email, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static string Error(string html, string field) =>
        Regex.Match(html, $"id=\"{field}-error\"[^>]*>([^<]*)<").Groups[1].Value;

    [GeneratedRegex("id=\"season-calendar-url\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex SeasonCalendarUrl();
}
