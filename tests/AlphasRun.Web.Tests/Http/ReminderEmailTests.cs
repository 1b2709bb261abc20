using System.Net;
using System.Text.RegularExpressions;
using AlphasRun.Application.Common;
using AlphasRun.Web.Tests.Support;
using Ical.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace AlphasRun.Web.Tests.Http;

/// <summary>
/// The whole app with a controllable clock: a member registers through the run page, the confirmation lands in
/// the mail folder with the run as an .ics file, the reminder lands there when the clock reaches the reminder
/// time (the app's own background sweep and outbox dispatcher), and its links work when followed. The clock
/// starts on the morning of the run: a fake clock fires a periodic timer once per period it is moved past, so
/// jumping weeks ahead would replay hundreds of thousands of dispatcher ticks.
/// </summary>
public sealed partial class ReminderEmailTests
{
    private const string Password = "reminders before every run";

    // Thursday 10 December 2026, 06:00 in Toronto: the first generated run is that evening's Thursday run.
    private static readonly DateTimeOffset Start = new(2026, 12, 10, 11, 0, 0, TimeSpan.Zero);

    // Thursday 10 December 2026, 15:00 EST: three hours before that Thursday's 18:00 run.
    private static readonly DateTimeOffset ReminderTime = new(2026, 12, 10, 20, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RegisteringThenReachingTheReminderTime_ConfirmationWithIcs_ThenAReminderWhoseLinksWork()
    {
        var clock = new FakeTimeProvider(Start);
        await using var factory = new TimedFactory(clock);
        var email = $"remind-{Guid.NewGuid():N}@example.com";
        var client = factory.NewClient();
        await factory.CreateMemberAsync(email, Password);
        var run = await ThursdayRunAsync(factory);
        (await client.PostLoginAsync(email, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var registered = await client.PostFormAsync($"/runs/{run}", "run-action", new Dictionary<string, string> { ["Input.Op"] = $"register:{run}" });
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The confirmation: sent by the outbox dispatcher on its next tick, with the run as a calendar file.
        var confirmation = await NextEmailAsync(factory, clock, m => (m.Subject ?? "").StartsWith("You're registered", StringComparison.Ordinal));
        confirmation.To.ToString().ShouldBe(email);
        confirmation.Subject.ShouldStartWith("You're registered: Thursday evening run on Thursday, December 10 at 6:00 PM");
        var ics = confirmation.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
        ics.ContentType.MimeType.ShouldBe("text/calendar");
        ics.FileName.ShouldBe("alphas-run-2026-12-10.ics");
        using var content = new MemoryStream();
        await ics.Content.ShouldNotBeNull().DecodeToAsync(content, Ct);
        var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
        var e = calendar.Events.ShouldHaveSingleItem();
        e.Start!.TzId.ShouldBe("America/Toronto");
        e.Start.Value.ShouldBe(new DateTime(2026, 12, 10, 18, 0, 0));
        ToUtc(calendar, e.Start.Value).ShouldBe(new DateTime(2026, 12, 10, 23, 0, 0));

        // Nothing yet a minute before the reminder time; then the reminder.
        clock.SetUtcNow(ReminderTime.AddMinutes(-2));
        await TickAsync(clock, 10);
        (await ReadMailAsync(factory)).ShouldNotContain(m => (m.Subject ?? "").StartsWith("Reminder", StringComparison.Ordinal));
        clock.SetUtcNow(ReminderTime.AddSeconds(1));
        var reminder = await NextEmailAsync(factory, clock, m => (m.Subject ?? "").StartsWith("Reminder", StringComparison.Ordinal), sweep: true);

        reminder.Subject.ShouldBe("Reminder: Thursday evening run today at 6:00 PM · Alphas Run Crew");
        var text = reminder.TextBody.ShouldNotBeNull();
        text.ShouldContain("on Thursday, December 10 at 6:00 PM.");
        text.ShouldContain("Where: Panera Bread, ");
        var links = Links().Matches(text).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        links["Open the run"].ShouldBe($"http://localhost:5080/runs/{run}");
        links["Cancel my place"].ShouldBe($"http://localhost:5080/runs/{run}#your-place");
        links["Map: Panera Bread"].ShouldStartWith("https://www.openstreetmap.org/?mlat=43.");

        // Following the links, signed in again (hours passed on the clock).
        var later = factory.NewClient();
        (await later.PostLoginAsync(email, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await HtmlText.ReadAsync(await later.GetAsync(new Uri(links["Open the run"]).PathAndQuery, Ct));
        page.ShouldContain("Thursday, December 10");
        page.ShouldContain("You're in");
        var cancelLink = new Uri(links["Cancel my place"]);
        var cancelPage = await (await later.GetAsync(cancelLink.PathAndQuery, Ct)).Content.ReadAsStringAsync(Ct);
        cancelPage.ShouldContain($"id=\"{cancelLink.Fragment.TrimStart('#')}\"");
        HtmlText.Of(cancelPage).ShouldContain("Cancel my place");

        // One reminder, however many more sweeps and ticks.
        await TickAsync(clock, 5);
        (await ReadMailAsync(factory)).Count(m => (m.Subject ?? "").StartsWith("Reminder", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task ProfileReminderSetting_ChangesThePersonalFeedsAlarm_AndOffRemovesIt()
    {
        var clock = new FakeTimeProvider(Start);
        await using var factory = new TimedFactory(clock);
        var email = $"alarm-{Guid.NewGuid():N}@example.com";
        await factory.CreateMemberAsync(email, Password);
        var run = await ThursdayRunAsync(factory);
        var client = factory.NewClient();
        await client.PostLoginAsync(email, Password);
        await client.PostFormAsync($"/runs/{run}", "run-action", new Dictionary<string, string> { ["Input.Op"] = $"register:{run}" });
        var myRuns = await client.GetStringAsync("/my/runs", Ct);
        var feed = new Uri(WebUtility.HtmlDecode(CalendarUrl().Match(myRuns).Groups[1].Value)).AbsolutePath;

        (await AlarmAsync(factory, feed, run)).ShouldBe(TimeSpan.FromHours(-3));

        var profile = await HtmlText.ReadAsync(await client.GetAsync("/account/profile", Ct));
        profile.ShouldContain("Run reminders");
        profile.ShouldContain("The crew's default: 3 hours before an evening run, 8:00 PM the evening before a morning run");
        var saved = await PostReminderAsync(client, "OneHourBefore");
        saved.Headers.Location!.OriginalString.ShouldBe("/account/profile?reminders=saved#reminders");
        var after = await client.GetStringAsync(saved.Headers.Location.OriginalString, Ct);
        HtmlText.Of(after).ShouldContain("Your reminder setting is saved.");
        after.ShouldMatch("value=\"OneHourBefore\"[^>]*checked");
        (await AlarmAsync(factory, feed, run)).ShouldBe(TimeSpan.FromHours(-1));

        (await PostReminderAsync(client, "Whenever")).Headers.Location!.OriginalString.ShouldBe("/account/profile?reminders=invalid#reminders");
        await PostReminderAsync(client, "Off");
        (await AlarmAsync(factory, feed, run)).ShouldBeNull();
    }

    private static async Task<HttpResponseMessage> PostReminderAsync(HttpClient client, string choice)
    {
        var token = await client.AntiforgeryTokenAsync("/account/profile");
        var response = await client.PostAsync("/account/reminders", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["reminder"] = choice,
        }), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response;
    }

    private static async Task<TimeSpan?> AlarmAsync(AlphasRunWebFactory factory, string feed, Guid run)
    {
        var calendar = Calendar.Load(await factory.NewClient().GetStringAsync(feed, Ct))!;
        var alarm = calendar.Events.Single(e => e.Uid == $"{run:N}@alphasrun").Alarms.SingleOrDefault();
        return alarm?.Trigger!.Duration!.Value.ToTimeSpanUnspecified();
    }

    /// <summary>UTC by the calendar's own VTIMEZONE rules, as a calendar app that trusts the file would compute it.</summary>
    private static DateTime ToUtc(Calendar calendar, DateTime local)
    {
        var zone = calendar.TimeZones.ShouldHaveSingleItem();
        var observance = zone.TimeZoneInfos.Single(i => i.Name == (local.Month is >= 4 and <= 10 ? "DAYLIGHT" : "STANDARD"));
        return local - observance.OffsetTo!.Offset;
    }

    private static async Task<Guid> ThursdayRunAsync(AlphasRunWebFactory factory)
    {
        _ = factory.Server; // starts the app, which generates the runs
        await using var db = await factory.Services.GetRequiredService<IAlphasRunDbFactory>().CreateAsync(Ct);
        return await db.GroupRunOccurrences.Where(o => o.LocalDate == new DateOnly(2026, 12, 10)).Select(o => o.Id).SingleAsync(Ct);
    }

    /// <summary>Moves the clock on in 2-second steps (the dispatcher's interval), letting the background services run.</summary>
    private static async Task TickAsync(FakeTimeProvider clock, int ticks, bool sweep = false)
    {
        for (var i = 0; i < ticks; i++)
        {
            clock.Advance(sweep && i % 10 == 0 ? TimeSpan.FromMinutes(1) : TimeSpan.FromSeconds(2));
            await Task.Delay(50, Ct);
        }
    }

    private static async Task<MimeMessage> NextEmailAsync(AlphasRunWebFactory factory, FakeTimeProvider clock, Func<MimeMessage, bool> match, bool sweep = false)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await ReadMailAsync(factory)).FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await TickAsync(clock, 1, sweep && attempt % 5 == 0);
            await Task.Delay(50, Ct);
        }

        throw new ShouldAssertException("The email never arrived in the mail folder.");
    }

    private static async Task<List<MimeMessage>> ReadMailAsync(AlphasRunWebFactory factory)
    {
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder, "*.eml") : [])
        {
            try
            {
                messages.Add(await MimeMessage.LoadAsync(file, Ct));
            }
            catch (IOException)
            {
                // Still being written: the next look reads it.
            }
        }

        return messages;
    }

    private sealed class TimedFactory(FakeTimeProvider clock) : AlphasRunWebFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        }
    }

    [GeneratedRegex(@"^(.+?): (https?://\S+)$", RegexOptions.Multiline)]
    private static partial Regex Links();

    [GeneratedRegex("id=\"calendar-url\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex CalendarUrl();
}
