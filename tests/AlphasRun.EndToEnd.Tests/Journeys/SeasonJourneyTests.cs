using System.Globalization;
using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>
/// My off-season (issue #11) on a 360×740 phone: a member enters their race, sees recovery then off-season week 1
/// with its Tuesday crew run and registers for it from there, then logs a Sunday long run and reads the week's
/// planned vs done. The journeys share one database: the third Tuesday listed is this journey's own.
/// </summary>
public sealed class SeasonJourneyTests(AlphasRunApp app) : Journey(app)
{
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    [Fact]
    public async Task Member_EntersTheirRace_RegistersForWeekOnesTuesdayRun_LogsTheSundayLongRun_AndSeesPlannedVsDone()
    {
        var visitor = await NewVisitorAsync(phone: true);
        var page = visitor.Page;
        var runner = Member.New("Noor", "Haddad");
        await visitor.JoinsTheCrewAsync(runner);

        await visitor.FollowsNavigationAsync("Runs", "/runs");
        var listed = visitor.RunsOn("Tuesday").Nth(2);
        var tuesdayRun = await RunSteps.RunIdAsync(listed);
        var tuesday = LocalDate(await listed.Locator("time").GetAttributeAsync("datetime"));

        await visitor.FollowsNavigationAsync("My runs", "/my/runs");
        await visitor.FollowsAsync(page.GetByTestId("my-season-link"), "/my/season");
        await visitor.SeesHeadingAsync("My off-season");
        await visitor.ChecksPageAsync();

        // A half marathon on the Sunday 23 days before that Tuesday: 3 weeks of recovery, then off-season week 1 is the Tuesday's week.
        await visitor.EntersRaceAsync(tuesday.AddDays(-23), "Half marathon");
        var titles = await page.Locator("details.season-week-details summary h3").AllTextContentsAsync();
        titles.Take(4).ShouldBe(["Recovery week 1", "Recovery week 2", "Recovery week 3", "Off-season week 1"]);

        var week1 = await visitor.OpensWeekAsync("Off-season week 1");
        var session = week1.Locator($"[data-testid=session][data-date='{Iso(tuesday)}']");
        await Expect(session).ToContainTextAsync("Medium run");
        await Expect(session.GetByTestId("crew-run").GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/runs/{tuesdayRun}");
        await visitor.SubmitsAsync(session.GetByTestId("register"));
        await Expect(page.GetByTestId("season-message")).ToContainTextAsync("You're in. See you there!");
        week1 = await visitor.OpensWeekAsync("Off-season week 1");
        await Expect(week1.Locator($"[data-testid=session][data-date='{Iso(tuesday)}']").GetByTestId("my-status")).ToContainTextAsync("You're in");
        await visitor.ChecksPageAsync();

        // The race was a marathon five weeks before last Sunday: the season is recomputed and last Sunday's long run is in week 1.
        var today = LocalDate(DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        var lastSunday = today.AddDays(-(int)today.DayOfWeek);
        await page.Locator("details.race-form > summary").ClickAsync();
        await visitor.EntersRaceAsync(lastSunday.AddDays(-35), "Marathon");

        var longRun = page.Locator($"[data-testid=session][data-date='{Iso(lastSunday)}'][data-type=LongRun]").First;
        await visitor.FollowsAsync(longRun.GetByTestId("log-done"), "/my/season/log");
        await visitor.SeesHeadingAsync("Log: Long run");
        await Expect(page.GetByTestId("planned")).ToContainTextAsync("16–18 km");
        await page.GetByLabel("Distance (km)").FillAsync("17");
        await page.GetByLabel("Time (minutes, mm:ss or h:mm:ss)").FillAsync("1:45:00");
        await page.GetByLabel("Effort (1 very easy – 10 all out)").FillAsync("6");
        await page.GetByLabel("Note (optional, up to 1,000 characters)").FillAsync("Cold and bright, negative split.");
        await visitor.ChecksPageAsync();
        await visitor.FollowsAsync(page.GetByTestId("save-log"), "/my/season");
        await Expect(page.GetByTestId("season-message")).ToContainTextAsync("Long run logged. Nice work!");

        var week = page.Locator("[data-testid=season-week]").Filter(new() { Has = page.Locator($"[data-date='{Iso(lastSunday)}'][data-type=LongRun]") });
        await Expect(week.GetByTestId("week-summary")).ToContainTextAsync("Planned 41–48 km · done 17 km");
        await Expect(week.Locator($"[data-date='{Iso(lastSunday)}'][data-type=LongRun] [data-testid=logged]")).ToHaveTextAsync("Done · 17 km · 1:45:00 · 6:11/km · effort 6/10");
        await Expect(page.GetByTestId("week-chart")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid=session][data-date='{Iso(tuesday)}'] [data-testid=my-status]").First).ToContainTextAsync("You're in");
        await visitor.ChecksPageAsync();
    }

    private static DateOnly LocalDate(string? utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.Parse(utc!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), Toronto));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal static class SeasonSteps
{
    /// <summary>On /my/season: fills in the last race and saves; the page lays out the season.</summary>
    public static async Task EntersRaceAsync(this Visitor visitor, DateOnly date, string distance)
    {
        var form = visitor.Page.GetByTestId("race-form");
        await form.Locator("#race-date").FillAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.GetByRole(AriaRole.Radio, new() { Name = distance, Exact = true }).CheckAsync();
        await visitor.SubmitsAsync(form.GetByTestId("save-race"));
        await Expect(visitor.Page.GetByTestId("season-message")).ToContainTextAsync("Saved. Here is your season.");
        await Expect(visitor.Page.GetByTestId("season-intro")).ToContainTextAsync($"After your {distance.ToLowerInvariant()} on {date.ToString("dddd, MMMM d", CultureInfo.GetCultureInfo("en-US"))}");
        await visitor.ChecksPageAsync();
    }

    /// <summary>Opens one week of "My season, week by week" (a details element) and returns its contents.</summary>
    public static async Task<ILocator> OpensWeekAsync(this Visitor visitor, string title)
    {
        var details = visitor.Page.Locator("details.season-week-details").Filter(new() { Has = visitor.Page.Locator("summary h3", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(title)}$") }) });
        if (await details.GetAttributeAsync("open") is null)
        {
            await details.Locator("summary").ClickAsync();
        }

        await Expect(details).ToHaveAttributeAsync("open", string.Empty);
        return details.GetByTestId("season-week");
    }
}
