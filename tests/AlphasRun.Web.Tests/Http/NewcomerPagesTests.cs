using System.Net;
using System.Text.RegularExpressions;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Http;

/// <summary>
/// What a newcomer tripped over (issue #12), page by page as a signed-in member meets them: each test
/// drives the pages' own static forms, antiforgery token and all, as a browser without JavaScript would.
/// </summary>
public sealed partial class NewcomerPagesTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    private const string Password = "a long run on a cold morning";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Home_ForASignedInMember_OffersRegisterOnTheNextRuns_AndNoJoinButton()
    {
        var client = await NewMemberAsync("home.member@example.com");

        var html = await client.GetStringAsync("/", Ct);

        HtmlText.Of(html).ShouldNotContain("Join the crew");
        RegisterButton().Count(html).ShouldBeGreaterThan(0, "every next-run card should offer Register");
        HtmlText.Of(html).ShouldContain("My runs");
    }

    [Fact]
    public async Task Runs_ListsEveryDateThatEveryTuesdayBooks()
    {
        var client = await NewMemberAsync("horizon.member@example.com");
        var tuesday = await FirstRunIdAsync(client, "Tuesday");
        await PostRunActionAsync(client, $"/runs/{tuesday}", StartSeries().Match(await client.GetStringAsync($"/runs/{tuesday}", Ct)).Groups[1].Value);

        var booked = RunIds().Matches(await client.GetStringAsync("/my/runs", Ct)).Select(m => m.Groups[1].Value).Distinct().ToList();
        var listed = RunIds().Matches(await client.GetStringAsync("/runs", Ct)).Select(m => m.Groups[1].Value).ToHashSet();

        booked.Count.ShouldBeGreaterThanOrEqualTo(7, "every Tuesday of the eight generated weeks should be booked");
        booked.Where(id => !listed.Contains(id)).ShouldBeEmpty("/runs should list every run the member is booked for");
    }

    [Fact]
    public async Task RunPage_OnATuesdayTheMemberSkipped_SaysSo_InsteadOfEveryTuesday()
    {
        var client = await NewMemberAsync("skipper@example.com");
        var tuesday = await FirstRunIdAsync(client, "Tuesday");
        var page = $"/runs/{tuesday}";
        await PostRunActionAsync(client, page, StartSeries().Match(await client.GetStringAsync(page, Ct)).Groups[1].Value);
        await PostRunActionAsync(client, page, $"cancel:{tuesday}");

        var text = HtmlText.Of(await client.GetStringAsync(page, Ct));

        text.ShouldContain("You skipped this date (you run every Tuesday).");
        text.ShouldNotContain("You're registered for every Tuesday run");
        text.ShouldContain("Register for this date after all");
    }

    [Fact]
    public async Task MyRuns_CalendarLink_HasACopyButton()
    {
        var client = await NewMemberAsync("calendar.copy@example.com");

        var html = await client.GetStringAsync("/my/runs", Ct);

        html.ShouldContain("data-copy=\"calendar-url\"");
        HtmlText.Of(html).ShouldContain("Copy");
    }

    [Fact]
    public async Task Roster_AfterTheCoachSetsOnePlaceForADate_ListsWhoIsWaiting()
    {
        var coach = factory.NewClient();
        await coach.PostLoginAsync("coach@alphasrun.local", "coach-the-crew-2026");
        var sunday = RunItem().Matches(await coach.GetStringAsync("/runs", Ct)).Last(m => m.Groups[2].Value.Contains("Sunday,", StringComparison.Ordinal)).Groups[1].Value;
        var roster = $"/coach/runs/{sunday}";
        await PostFormAsync(coach, roster, "run-capacity", new() { ["Input.Places"] = "1" });
        HtmlText.Of(await coach.GetStringAsync(roster, Ct)).ShouldContain("· 1 place");

        var first = await NewMemberAsync("first.in@example.com");
        await PostRunActionAsync(first, $"/runs/{sunday}", $"register:{sunday}");
        var second = await NewMemberAsync("second.waiting@example.com");
        await PostRunActionAsync(second, $"/runs/{sunday}", $"register:{sunday}");

        var html = await coach.GetStringAsync(roster, Ct);
        HtmlText.Of(html).ShouldContain("1 registered · 0 checked in");
        Waitlist().IsMatch(html).ShouldBeTrue("the roster should list who is waiting");
        HtmlText.Of(Waitlist().Match(html).Value).ShouldContain("Test Runner");
        (await HtmlText.ReadAsync(await second.GetAsync($"/runs/{sunday}", Ct))).ShouldContain("On the waitlist");
    }

    private async Task<HttpClient> NewMemberAsync(string email)
    {
        await factory.CreateMemberAsync(email, Password);
        var client = factory.NewClient();
        (await client.PostLoginAsync(email, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static async Task<string> FirstRunIdAsync(HttpClient client, string day)
    {
        var html = await client.GetStringAsync("/runs", Ct);
        return RunItem().Matches(html).First(m => m.Groups[2].Value.Contains(day + ",", StringComparison.Ordinal)).Groups[1].Value;
    }

    /// <summary>Taps a run-action button of the page's static form: post, then the redirect back (post → redirect → get).</summary>
    private static Task PostRunActionAsync(HttpClient client, string page, string op)
    {
        op.ShouldNotBeNullOrEmpty();
        return PostFormAsync(client, page, "run-action", new() { ["Input.Op"] = op });
    }

    private static async Task PostFormAsync(HttpClient client, string page, string formName, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page, Ct);
        fields["_handler"] = formName;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        var response = await client.PostAsync(page, new FormUrlEncodedContent(fields), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
    }

    [GeneratedRegex("value=\"register:[0-9a-f-]{36}\"")]
    private static partial Regex RegisterButton();

    [GeneratedRegex("value=\"(start-series:[0-9a-f-]{36})\"")]
    private static partial Regex StartSeries();

    [GeneratedRegex("data-run-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex RunIds();

    [GeneratedRegex("data-run-id=\"([0-9a-f-]{36})\"(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex RunItem();

    [GeneratedRegex("<ol[^>]*data-testid=\"roster-waitlist\".*?</ol>", RegexOptions.Singleline)]
    private static partial Regex Waitlist();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
