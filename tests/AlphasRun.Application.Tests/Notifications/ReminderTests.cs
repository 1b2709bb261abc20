using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.GroupRuns.Cancel.CancelRegistration;
using AlphasRun.Application.GroupRuns.Schedules.CancelRun;
using AlphasRun.Application.Notifications;
using AlphasRun.Application.Runners.ChooseReminder;
using AlphasRun.Application.Runners.GetMyReminderSetting;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AlphasRun.Application.Tests.GroupRuns.RegistrationServiceTests;

namespace AlphasRun.Application.Tests.Notifications;

/// <summary>
/// Reminders before a run, through the sweep and the outbox: once per member and run whatever races or restarts,
/// and never for a run or a place that is gone by the time it is sent.
/// </summary>
public sealed class ReminderTests
{
    // Thursday 26 November 2026, 07:00 in Toronto; the next Tuesday run is 1 December at 18:00 EST (23:00Z).
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TuesdayThreePm = new(2026, 12, 1, 20, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveningRun_ReminderIsQueuedAt3PmThatDay_WithTimePlaceMapAndWorkingLinks()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var (member, _, _) = await ThreeAsync(app);
        await RegisterAs(app, member, run);
        await app.ForgetQueuedMailAsync();

        app.Clock.SetUtcNow(TuesdayThreePm.AddMinutes(-1));
        (await app.Get<ReminderSweep>().QueueDueAsync(Ct)).ShouldBe(0);
        app.Clock.SetUtcNow(TuesdayThreePm);
        (await app.Get<ReminderSweep>().QueueDueAsync(Ct)).ShouldBe(1);
        (await app.Get<ReminderSweep>().QueueDueAsync(Ct)).ShouldBe(0);
        (await app.DeliverMailAsync()).ShouldBe(1);

        var mail = app.Mail.Sent.ShouldHaveSingleItem();
        mail.To.ShouldBe(member.Email);
        mail.Subject.ShouldBe("Reminder: Tuesday evening run today at 6:00 PM · Alphas Run Crew");
        mail.Body.ShouldContain("you're registered for the Tuesday evening run on Tuesday, December 1 at 6:00 PM.");
        mail.Body.ShouldContain("Where: Panera Bread, ");
        mail.Body.ShouldContain("Your pace group: 5:45 min/km.");
        mail.Body.ShouldContain("Map: Panera Bread: https://www.openstreetmap.org/?mlat=");
        mail.Body.ShouldContain($"Open the run: http://localhost:5080/runs/{run}");
        mail.Body.ShouldContain($"Cancel my place: http://localhost:5080/runs/{run}#your-place");
        app.Mail.Html.ShouldHaveSingleItem().ShouldNotBeNull().ShouldContain($"<a href=\"http://localhost:5080/runs/{run}\">Open the run</a>");
    }

    [Fact]
    public async Task Reminder_CarriesTheSuggestedSessionForTheMembersPlanThatDay()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var (member, _, _) = await ThreeAsync(app);
        await RegisterAs(app, member, run);
        await app.ForgetQueuedMailAsync();
        var suggested = await app.Get<ISuggestedSessionSource>().SuggestedForAsync(member.RunnerId, run, Ct);

        app.Clock.SetUtcNow(TuesdayThreePm);
        await app.Get<ReminderSweep>().QueueDueAsync(Ct);
        await app.DeliverMailAsync();

        suggested.ShouldNotBeNull().ShouldContain("km");
        app.Mail.Sent.ShouldHaveSingleItem().Body.ShouldContain($"Suggested for your plan that day: {suggested}");
    }

    [Fact]
    public async Task MorningRun_ReminderIsQueuedAt8PmTheEveningBefore()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var sunday = await app.NextRunAsync(DayOfWeek.Sunday); // 29 November, 08:00 EST
        var (member, _, _) = await ThreeAsync(app);
        await RegisterAs(app, member, sunday);
        await app.ForgetQueuedMailAsync();
        var saturday8pm = new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero); // Saturday 28 November, 20:00 EST

        app.Clock.SetUtcNow(saturday8pm.AddMinutes(-1));
        (await app.Get<ReminderSweep>().QueueDueAsync(Ct)).ShouldBe(0);
        app.Clock.SetUtcNow(saturday8pm);
        (await app.Get<ReminderSweep>().QueueDueAsync(Ct)).ShouldBe(1);
        await app.DeliverMailAsync();

        app.Mail.Sent.ShouldHaveSingleItem().Subject.ShouldStartWith("Reminder: Sunday morning long run tomorrow at 8:00 AM");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task SweepsAndDispatchersRacing_OnOneOrTwoHosts_SendEachMemberOneReminder(int hosts)
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        await using var other = hosts == 2 ? await app.StartSecondHostAsync() : null;
        TestDatabase[] apps = [app, other ?? app];
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var members = await app.AddMembersAsync(12);
        foreach (var member in members)
        {
            await RegisterAs(app, member, run);
        }

        await app.ForgetQueuedMailAsync();
        app.Clock.SetUtcNow(TuesdayThreePm.AddMinutes(5));

        // Three sweeps per host at the same moment, each in its own scope (as each instance's timer runs it).
        var queued = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            await using var scope = apps[i % 2].Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ReminderSweep>().QueueDueAsync(Ct);
        })));
        queued.Sum().ShouldBe(12);

        var sent = await Task.WhenAll(apps.Distinct().Select(a => Task.Run(a.DeliverMailAsync)));
        sent.Sum().ShouldBe(12);
        var mail = apps.Distinct().SelectMany(a => a.Mail.Sent).ToList();
        mail.Count.ShouldBe(12);
        mail.Select(m => m.To).Order().ShouldBe(members.Select(m => m.Email).Order());
        mail.ShouldAllBe(m => m.Subject.StartsWith("Reminder: Tuesday evening run", StringComparison.Ordinal));
        (await RemindersAsync(app)).Count.ShouldBe(12);
    }

    [Fact]
    public async Task TwoDispatchersClaimingTheSameReminder_SendOneEmail()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        await using var other = await app.StartSecondHostAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var (member, _, _) = await ThreeAsync(app);
        await RegisterAs(app, member, run);
        await app.ForgetQueuedMailAsync();
        app.Clock.SetUtcNow(TuesdayThreePm);
        (await app.Get<ReminderSweep>().QueueDueAsync(Ct)).ShouldBe(1);

        var sent = await Task.WhenAll(Task.Run(app.DeliverMailAsync), Task.Run(other.DeliverMailAsync), Task.Run(app.DeliverMailAsync));

        sent.Sum().ShouldBe(1);
        (app.Mail.Sent.Count + other.Mail.Sent.Count).ShouldBe(1);
    }

    [Fact]
    public async Task AfterARestart_TheSameReminderIsNeitherQueuedNorSentAgain()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var (member, _, _) = await ThreeAsync(app);
        await RegisterAs(app, member, run);
        await app.ForgetQueuedMailAsync();
        app.Clock.SetUtcNow(TuesdayThreePm);
        await app.Get<ReminderSweep>().QueueDueAsync(Ct);
        (await app.DeliverMailAsync()).ShouldBe(1);

        await app.RestartAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(30));

        (await app.Get<ReminderSweep>().QueueDueAsync(Ct)).ShouldBe(0);
        (await app.DeliverMailAsync()).ShouldBe(0);
        (await RemindersAsync(app)).ShouldHaveSingleItem().SentUtc.ShouldNotBeNull();
    }

    [Fact]
    public async Task RunCancelledAfterTheReminderWasQueued_OnlyTheCancellationIsSent()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var (member, _, _) = await ThreeAsync(app);
        await RegisterAs(app, member, run);
        await app.ForgetQueuedMailAsync();
        app.Clock.SetUtcNow(TuesdayThreePm);
        (await app.Get<ReminderSweep>().QueueDueAsync(Ct)).ShouldBe(1);

        app.User.SignIn("coach", Roles.Coach);
        (await app.SendAsync(new CancelRun(run, "Freezing rain"))).Succeeded.ShouldBeTrue();
        await app.DeliverMailAsync();

        app.Mail.Sent.ShouldHaveSingleItem().Subject.ShouldStartWith("Cancelled: Tuesday evening run");
        (await app.Get<ReminderSweep>().QueueDueAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task MemberCancelledAfterTheReminderWasQueued_NoReminderIsSent()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var (member, _, _) = await ThreeAsync(app);
        await RegisterAs(app, member, run);
        await app.ForgetQueuedMailAsync();
        app.Clock.SetUtcNow(TuesdayThreePm);
        (await app.Get<ReminderSweep>().QueueDueAsync(Ct)).ShouldBe(1);

        app.User.SignIn(member.UserId, Roles.Runner);
        (await app.SendAsync(new CancelRegistration(run))).Succeeded.ShouldBeTrue();

        (await app.DeliverMailAsync()).ShouldBe(1); // the message is done with, but nothing went out
        app.Mail.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task MemberWhoTurnedRemindersOff_GetsNone_AndTurningOffAfterQueueingStopsIt()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var (off, later, _) = await ThreeAsync(app);
        await RegisterAs(app, off, run);
        await RegisterAs(app, later, run);
        await app.ForgetQueuedMailAsync();
        app.User.SignIn(off.UserId, Roles.Runner);
        (await app.Get<IUseCases>().SendAsync(new ChooseReminder("Off"), Ct)).Succeeded.ShouldBeTrue();

        app.Clock.SetUtcNow(TuesdayThreePm);
        (await app.Get<ReminderSweep>().QueueDueAsync(Ct)).ShouldBe(1);
        app.User.SignIn(later.UserId, Roles.Runner);
        (await app.Get<IUseCases>().SendAsync(new ChooseReminder("Off"), Ct)).Succeeded.ShouldBeTrue();
        await app.DeliverMailAsync();

        app.Mail.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task MemberChoices_OneHourBefore_And_WaitlistedMembersGetNone()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        await app.SetCapacityAsync(run, 1);
        var (confirmed, waiting, _) = await ThreeAsync(app);
        await RegisterAs(app, confirmed, run);
        await RegisterAs(app, waiting, run);
        await app.ForgetQueuedMailAsync();
        app.User.SignIn(confirmed.UserId, Roles.Runner);
        (await app.Get<IUseCases>().SendAsync(new ChooseReminder("OneHourBefore"), Ct)).Succeeded.ShouldBeTrue();

        app.Clock.SetUtcNow(TuesdayThreePm);
        (await app.Get<ReminderSweep>().QueueDueAsync(Ct)).ShouldBe(0);
        app.Clock.SetUtcNow(TuesdayThreePm.AddHours(2)); // 17:00
        (await app.Get<ReminderSweep>().QueueDueAsync(Ct)).ShouldBe(1);
        await app.DeliverMailAsync();

        app.Mail.Sent.ShouldHaveSingleItem().To.ShouldBe(confirmed.Email);
    }

    [Fact]
    public async Task ReminderSetting_IsTheMembersOwn_AndAValueNotOnTheListIsRefused()
    {
        await using var app = await TestDatabase.StartAsync(Thursday);
        var (member, other, _) = await ThreeAsync(app);
        app.User.SignIn(member.UserId, Roles.Runner);
        var settings = app.Get<IUseCases>();

        (await settings.SendAsync(new ChooseReminder("EveningBefore"), Ct)).Succeeded.ShouldBeTrue();
        (await settings.SendAsync(new ChooseReminder("7"), Ct)).Message.ShouldBe("Choose one of the reminder options.");
        (await settings.SendAsync(new ChooseReminder("Sometimes"), Ct)).Message.ShouldBe("Choose one of the reminder options.");
        var mine = (await settings.SendAsync(new GetMyReminderSetting(), Ct)).Value!;
        app.User.SignIn(other.UserId, Roles.Runner);
        var theirs = (await settings.SendAsync(new GetMyReminderSetting(), Ct)).Value!;
        app.User.SignOut();

        mine.Choice.ShouldBe(Domain.Runners.ReminderChoice.EveningBefore);
        theirs.Choice.ShouldBe(Domain.Runners.ReminderChoice.ClubDefault);
        mine.Options.Select(o => o.Label).ShouldContain("The crew's default: 3 hours before an evening run, 8:00 PM the evening before a morning run");
        (await settings.SendAsync(new ChooseReminder("Off"), Ct)).IsForbidden.ShouldBeTrue();
    }

    private static async Task<List<OutboxMessage>> RemindersAsync(TestDatabase app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>().CreateDbContextAsync(Ct);
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == OutboxMessage.ReminderKind).ToListAsync(Ct);
    }
}
