using System.Text;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.GroupRuns.Calendar.MyCalendarToken;
using AlphasRun.Application.GroupRuns.Calendar.PersonalFeed;
using AlphasRun.Application.GroupRuns.Cancel.CancelRegistration;
using AlphasRun.Application.GroupRuns.Series.StartSeries;
using AlphasRun.Application.Runners.ChooseReminder;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Infrastructure.Persistence;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AlphasRun.Application.Tests.GroupRuns.RegistrationServiceTests;

namespace AlphasRun.Application.Tests.Notifications;

/// <summary>The email after registering or joining a waitlist, with the run as a calendar file; the personal feed's alarms.</summary>
public sealed class ConfirmationEmailTests
{
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RegisterAsync_EmailsAConfirmation_WithTheRunAsAnIcsFileAtItsLocalStart_AndTheReminderAlarm()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var (member, _, _) = await ThreeAsync(app);

        await RegisterAs(app, member, run);
        (await app.DeliverMailAsync()).ShouldBe(1);

        var mail = app.Mail.Sent.ShouldHaveSingleItem();
        mail.Subject.ShouldBe("You're registered: Tuesday evening run on Tuesday, December 1 at 6:00 PM at Panera Bread · Alphas Run Crew");
        mail.Body.ShouldContain("We'll also remind you by email: the crew's default: 3 hours before an evening run");
        var file = app.Mail.Attachments.ShouldHaveSingleItem().ShouldHaveSingleItem();
        file.FileName.ShouldBe("alphas-run-2026-12-01.ics");
        file.ContentType.ShouldBe("text/calendar");
        var calendar = Calendar.Load(Encoding.UTF8.GetString(file.Content))!;
        var e = calendar.Events.ShouldHaveSingleItem();
        e.Uid.ShouldBe($"{run:N}@alphasrun");
        e.Start!.TzId.ShouldBe("America/Toronto");
        e.Start.Value.ShouldBe(new DateTime(2026, 12, 1, 18, 0, 0));
        e.Alarms.ShouldHaveSingleItem().Trigger!.Duration!.Value.ToTimeSpanUnspecified().ShouldBe(TimeSpan.FromHours(-3));
    }

    [Fact]
    public async Task JoiningTheWaitlist_EmailsThePosition_AndTheCalendarFileHasNoAlarm()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        await app.SetCapacityAsync(run, 1);
        var (first, second, _) = await ThreeAsync(app);
        await RegisterAs(app, first, run);
        await app.ForgetQueuedMailAsync();

        await RegisterAs(app, second, run);
        await app.DeliverMailAsync();

        var mail = app.Mail.Sent.ShouldHaveSingleItem();
        mail.To.ShouldBe(second.Email);
        mail.Subject.ShouldStartWith("You're on the waitlist: Tuesday evening run on Tuesday, December 1 at 6:00 PM");
        mail.Body.ShouldContain("so you're on the waitlist (#1)");
        var calendar = Calendar.Load(Encoding.UTF8.GetString(app.Mail.Attachments.Single().Single().Content))!;
        calendar.Events.ShouldHaveSingleItem().Alarms.ShouldBeEmpty();
    }

    [Fact]
    public async Task CancellingBeforeTheConfirmationGoesOut_SendsNothing()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var run = await app.NextRunAsync(DayOfWeek.Thursday);
        var (member, _, _) = await ThreeAsync(app);
        await RegisterAs(app, member, run);

        app.User.SignIn(member.UserId, Roles.Runner);
        (await app.SendAsync(new CancelRegistration(run))).Succeeded.ShouldBeTrue();
        await app.DeliverMailAsync();

        app.Mail.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryTuesday_SendsOneEmailListingTheDates_WithEveryDateInTheCalendarFile()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var (member, _, _) = await ThreeAsync(app);
        var tuesdays = await ScheduleOfAsync(app, await app.NextRunAsync(DayOfWeek.Tuesday));
        app.User.SignIn(member.UserId, Roles.Runner);

        var registered = (await app.SendAsync(new StartSeries(tuesdays, null))).Value;
        (await app.DeliverMailAsync()).ShouldBe(1);

        registered.ShouldBeGreaterThan(3);
        var mail = app.Mail.Sent.ShouldHaveSingleItem();
        mail.Subject.ShouldStartWith("Every Tuesday: you're registered for the Tuesday evening run");
        mail.Body.ShouldContain("Tuesday, December 1 at 6:00 PM (registered); Tuesday, December 8 at 6:00 PM (registered)");
        var file = app.Mail.Attachments.Single().ShouldHaveSingleItem();
        file.FileName.ShouldBe("alphas-run-every-tuesday.ics");
        var calendar = Calendar.Load(Encoding.UTF8.GetString(file.Content))!;
        calendar.Events.Count.ShouldBe(registered);
        calendar.Events.ShouldAllBe(e => e.Start!.Value.DayOfWeek == DayOfWeek.Tuesday && e.Start.Value.Hour == 18);
    }

    [Fact]
    public async Task PersonalFeed_HasAnAlarmAtTheMembersReminderTime_OnConfirmedRunsOnly_AndNoneWhenOff()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var tuesday = await app.NextRunAsync(DayOfWeek.Tuesday);
        var sunday = await app.NextRunAsync(DayOfWeek.Sunday);
        var thursday = await app.NextRunAsync(DayOfWeek.Thursday);
        await app.SetCapacityAsync(thursday, 1);
        var (member, other, _) = await ThreeAsync(app);
        await RegisterAs(app, other, thursday);
        await RegisterAs(app, member, tuesday);
        await RegisterAs(app, member, sunday);
        await RegisterAs(app, member, thursday); // waitlisted
        app.User.SignIn(member.UserId, Roles.Runner);
        var token = (await app.SendAsync(new MyCalendarToken())).Value!;

        var feed = Calendar.Load((await app.SendAsync(new PersonalFeed(token)))!)!;
        (await app.Get<IUseCases>().SendAsync(new ChooseReminder("Off"), Ct)).Succeeded.ShouldBeTrue();
        var off = Calendar.Load((await app.SendAsync(new PersonalFeed(token)))!)!;

        TimeSpan? Alarm(Calendar c, Guid run) => c.Events.Single(e => e.Uid == $"{run:N}@alphasrun").Alarms.SingleOrDefault()?.Trigger!.Duration!.Value.ToTimeSpanUnspecified();
        Alarm(feed, tuesday).ShouldBe(TimeSpan.FromHours(-3));
        Alarm(feed, sunday).ShouldBe(TimeSpan.FromHours(-12)); // Saturday 20:00 before Sunday 08:00
        Alarm(feed, thursday).ShouldBeNull();
        off.Events.Count.ShouldBe(3);
        off.Events.ShouldAllBe(e => e.Alarms.Count == 0);
    }

    private static async Task<Guid> ScheduleOfAsync(TestDatabase app, Guid run)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>().CreateDbContextAsync(Ct);
        return await db.GroupRunOccurrences.Where(o => o.Id == run).Select(o => o.ScheduleId).SingleAsync(Ct);
    }
}
