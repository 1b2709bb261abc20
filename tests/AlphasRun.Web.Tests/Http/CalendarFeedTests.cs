using System.Net;
using System.Text.RegularExpressions;
using AlphasRun.Web.Tests.Support;
using Ical.Net;

namespace AlphasRun.Web.Tests.Http;

/// <summary>
/// The calendar files as a calendar app reads them: downloaded by following the app's own links, parsed
/// back with Ical.Net, and every start converted to UTC with the feed's own VTIMEZONE rules (as
/// Thunderbird and Outlook do), which must put every crew run at 6:00 PM or 8:00 AM in Toronto.
/// </summary>
public sealed partial class CalendarFeedTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    [Fact]
    public async Task ClubFeed_CarriesTorontosRules_AndEveryRunIsAtItsLocalTime()
    {
        var ics = await factory.NewClient().GetStringAsync("/calendar/club.ics", TestContext.Current.CancellationToken);

        var calendar = Calendar.Load(ics)!;
        calendar.Events.Count.ShouldBeGreaterThan(10);
        ShouldBeAtCrewTimes(calendar);
    }

    [Fact]
    public async Task RunPage_AddToCalendar_DownloadsThatOneRun()
    {
        var client = factory.NewClient();
        var runs = await client.GetStringAsync("/runs", TestContext.Current.CancellationToken);
        var runId = RunId().Match(runs).Groups[1].Value;
        var page = await client.GetStringAsync($"/runs/{runId}", TestContext.Current.CancellationToken);
        var href = AddToCalendar().Match(page).Groups[1].Value;
        href.ShouldBe($"/calendar/runs/{runId}.ics");

        var response = await client.GetAsync(href, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        calendar.Events.Single().Uid.ShouldBe($"{Guid.Parse(runId):N}@alphasrun");
        ShouldBeAtCrewTimes(calendar);
    }

    [Fact]
    public async Task PersonalLinkOnMyRuns_WorksTheFirstTimeTheMemberLooks_AndListsTheirRun()
    {
        var email = $"feed-{Guid.NewGuid():N}@example.com";
        await factory.CreateMemberAsync(email, "a long run on a cold morning");
        var client = factory.NewClient();
        await client.PostLoginAsync(email, "a long run on a cold morning");
        var runs = await client.GetStringAsync("/runs", TestContext.Current.CancellationToken);
        var runId = RunId().Match(runs).Groups[1].Value;
        var registered = await client.PostAsync("/runs", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "run-action",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(runs).Groups[1].Value),
            ["Input.Op"] = $"register:{runId}",
        }), TestContext.Current.CancellationToken);
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var myRuns = await client.GetStringAsync("/my/runs", TestContext.Current.CancellationToken);
        var link = WebUtility.HtmlDecode(CalendarUrl().Match(myRuns).Groups[1].Value);
        // From the configured public origin (Development's default here), never from the request's Host.
        link.ShouldMatch($@"^{Regex.Escape(AlphasRun.Application.Common.PublicUrls.DevelopmentDefault)}/calendar/u/[A-Za-z0-9_-]{{20,}}\.ics$");

        var ics = await factory.NewClient().GetStringAsync(new Uri(link).AbsolutePath, TestContext.Current.CancellationToken);
        var calendar = Calendar.Load(ics)!;
        calendar.Events.Select(e => e.Uid).ShouldBe([$"{Guid.Parse(runId):N}@alphasrun"]);
        ShouldBeAtCrewTimes(calendar);
    }

    private static void ShouldBeAtCrewTimes(Calendar calendar)
    {
        var zone = calendar.TimeZones.ShouldHaveSingleItem();
        zone.TzId.ShouldBe("America/Toronto");
        var standard = zone.TimeZoneInfos.Single(i => i.Name == "STANDARD");
        var daylight = zone.TimeZoneInfos.Single(i => i.Name == "DAYLIGHT");
        standard.OffsetTo!.ToString().ShouldBe("-0500");
        daylight.OffsetTo!.ToString().ShouldBe("-0400");

        foreach (var e in calendar.Events)
        {
            e.Start!.TzId.ShouldBe("America/Toronto");
            var local = e.Start.Value;
            var utc = local - FeedOffset(standard, daylight, local);
            var expected = local.DayOfWeek == DayOfWeek.Sunday ? new TimeOnly(8, 0) : new TimeOnly(18, 0);
            TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Toronto)).ShouldBe(expected, $"{e.Summary} on {local:d}");
        }
    }

    /// <summary>The offset the feed's own rules give a local time: the observance whose latest onset is before it.</summary>
    internal static TimeSpan FeedOffset(VTimeZoneInfo standard, VTimeZoneInfo daylight, DateTime local)
    {
        DateTime Onset(VTimeZoneInfo info, int year)
        {
            var rule = info.RecurrenceRule!;
            var month = rule.ByMonth.Single();
            var day = rule.ByDay.Single();
            var first = new DateTime(year, month, 1);
            var date = first.AddDays(((int)day.DayOfWeek - (int)first.DayOfWeek + 7) % 7 + (7 * ((day.Offset ?? 1) - 1)));
            return date + info.Start!.Value.TimeOfDay;
        }

        var toDaylight = Onset(daylight, local.Year);
        var toStandard = Onset(standard, local.Year);
        var inDaylight = local >= toDaylight && local < toStandard;
        var offset = (inDaylight ? daylight : standard).OffsetTo!;
        return offset.Offset;
    }

    [GeneratedRegex("data-run-id=\"([0-9a-f-]+)\"")]
    private static partial Regex RunId();

    [GeneratedRegex("href=\"(/calendar/runs/[0-9a-f-]+\\.ics)\"")]
    private static partial Regex AddToCalendar();

    [GeneratedRegex("id=\"calendar-url\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex CalendarUrl();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
