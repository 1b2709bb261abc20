using AlphasRun.Application.Common.Security;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.Tests.GroupRuns;

public sealed class RegistrationServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RegisterAsync_WhenRunIsFull_PutsRunnerOnWaitlistWithPosition()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        await app.SetCapacityAsync(run, 1);
        var (first, second, third) = await ThreeAsync(app);

        (await RegisterAs(app, first, run)).Value.ShouldBe(RegistrationOutcome.Confirmed);
        (await RegisterAs(app, second, run)).Value.ShouldBe(RegistrationOutcome.Waitlisted);
        (await RegisterAs(app, third, run)).Value.ShouldBe(RegistrationOutcome.Waitlisted);

        app.User.SignIn(third.UserId, Roles.Runner);
        var mine = (await app.Get<RunQueries>().GetMyStatusesAsync([run], Ct))[run];
        mine.Status.ShouldBe(RegistrationStatus.Waitlisted);
        mine.WaitlistPosition.ShouldBe(2);
    }

    [Fact]
    public async Task CancelAsync_ByAConfirmedRunner_PromotesTheFirstOnTheWaitlistAndEmailsThem()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        await app.SetCapacityAsync(run, 1);
        var (first, second, third) = await ThreeAsync(app);
        await RegisterAs(app, first, run);
        await RegisterAs(app, second, run);
        await RegisterAs(app, third, run);
        await app.ForgetQueuedMailAsync(); // the set-up registrations' confirmations

        app.User.SignIn(first.UserId, Roles.Runner);
        (await app.Get<RegistrationService>().CancelAsync(run, Ct)).Succeeded.ShouldBeTrue();

        app.User.SignIn(second.UserId, Roles.Runner);
        (await app.Get<RunQueries>().GetMyStatusesAsync([run], Ct))[run].Status.ShouldBe(RegistrationStatus.Confirmed);
        app.User.SignIn(third.UserId, Roles.Runner);
        (await app.Get<RunQueries>().GetMyStatusesAsync([run], Ct))[run].WaitlistPosition.ShouldBe(1);
        (await app.DeliverMailAsync()).ShouldBe(1);
        var mail = app.Mail.Sent.ShouldHaveSingleItem();
        mail.To.ShouldBe(second.Email);
        mail.Subject.ShouldStartWith("You're in: Tuesday evening run on Tuesday, December 1 at 6:00 PM");
    }

    [Fact]
    public async Task RegisterAsync_AtOrAfterTheStart_IsClosed_AndCancelToo()
    {
        await using var app = await TestDatabase.StartAsync(new DateTimeOffset(2026, 12, 1, 22, 0, 0, TimeSpan.Zero)); // Tue 17:00 Toronto
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var (first, second, _) = await ThreeAsync(app);
        (await RegisterAs(app, first, run)).Succeeded.ShouldBeTrue();

        app.Clock.Advance(TimeSpan.FromHours(1)); // 18:00: the run starts
        var late = await RegisterAs(app, second, run);
        app.User.SignIn(first.UserId, Roles.Runner);
        var cancel = await app.Get<RegistrationService>().CancelAsync(run, Ct);

        late.Message.ShouldBe("Registration closed when the run started.");
        cancel.Message.ShouldBe("This run has started, so it can no longer be cancelled.");
    }

    [Fact]
    public async Task RegisterAsync_BadRequests_GetAClearMessageAndChangeNothing()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Thursday);
        var (member, _, _) = await ThreeAsync(app);

        (await RegisterAs(app, member, Guid.NewGuid())).IsNotFound.ShouldBeTrue();
        (await RegisterAs(app, member, run, "3:00")).Message.ShouldStartWith("There is no 3:00 pace group on this run");
        app.User.SignIn("coach", Roles.Coach);
        (await app.Get<CoachRunService>().CancelRunAsync(run, "Ice storm", Ct)).Succeeded.ShouldBeTrue();
        (await RegisterAs(app, member, run)).Message.ShouldBe("This run is cancelled, so registration is closed.");

        app.User.SignIn(member.UserId, Roles.Runner);
        (await app.Get<RunQueries>().GetMyStatusesAsync([run], Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task RegisterAsync_Anonymous_IsRefused()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Thursday);

        (await app.Get<RegistrationService>().RegisterAsync(run, null, Ct)).IsForbidden.ShouldBeTrue();
        (await app.Get<RegistrationService>().CancelAsync(run, Ct)).IsForbidden.ShouldBeTrue();
    }

    [Fact]
    public async Task CancelAsync_NeverTouchesAnotherMembersRegistration()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Thursday);
        var (owner, other, _) = await ThreeAsync(app);
        await RegisterAs(app, owner, run);

        app.User.SignIn(other.UserId, Roles.Runner);
        var result = await app.Get<RegistrationService>().CancelAsync(run, Ct);

        result.Message.ShouldBe("You're not registered for this run.");
        app.User.SignIn(owner.UserId, Roles.Runner);
        (await app.Get<RunQueries>().GetMyStatusesAsync([run], Ct))[run].Status.ShouldBe(RegistrationStatus.Confirmed);
    }

    [Fact]
    public async Task StandingRegistration_ReachesEveryFutureRun_IncludingRunsGeneratedLater_AndRespectsOptOuts()
    {
        await using var app = await TestDatabase.StartAsync();
        var (member, _, _) = await ThreeAsync(app);
        app.User.SignIn(member.UserId, Roles.Runner);
        var service = app.Get<RegistrationService>();
        var tuesday = await app.NextRunAsync(DayOfWeek.Tuesday);
        var scheduleId = (await app.Get<RunQueries>().GetDetailsAsync(tuesday, Ct)).Value!.ScheduleId;

        (await service.StartStandingAsync(scheduleId, "5:45", Ct)).Value.ShouldBe(8);
        (await service.CancelAsync(tuesday, Ct)).Succeeded.ShouldBeTrue(); // opt out of one date

        app.Clock.Advance(TimeSpan.FromDays(7));
        (await app.Get<OccurrenceGenerator>().GenerateAsync(Ct)).ShouldBe(3);
        await service.StartStandingAsync(scheduleId, "5:45", Ct); // re-applying keeps the opt-out

        var myRuns = (await app.Get<RunQueries>().GetMyRunsAsync(Ct)).Value!;
        myRuns.Upcoming.Count.ShouldBe(8); // 7 left of the first 8 weeks + the newly generated Tuesday
        myRuns.Upcoming.ShouldAllBe(r => r.Run.LocalStart.DayOfWeek == DayOfWeek.Tuesday && r.Registration.FromStanding);
        myRuns.Standing.ShouldHaveSingleItem().ScheduleName.ShouldBe("Tuesday evening run");
        (await app.Get<RunQueries>().GetMyStatusesAsync([tuesday], Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task StopStandingAsync_CancelsTheFutureRunsItMade()
    {
        await using var app = await TestDatabase.StartAsync();
        var (member, _, _) = await ThreeAsync(app);
        app.User.SignIn(member.UserId, Roles.Runner);
        var sunday = await app.NextRunAsync(DayOfWeek.Sunday);
        var scheduleId = (await app.Get<RunQueries>().GetDetailsAsync(sunday, Ct)).Value!.ScheduleId;
        await app.Get<RegistrationService>().StartStandingAsync(scheduleId, null, Ct);

        (await app.Get<RegistrationService>().StopStandingAsync(scheduleId, Ct)).Succeeded.ShouldBeTrue();

        var myRuns = (await app.Get<RunQueries>().GetMyRunsAsync(Ct)).Value!;
        myRuns.Upcoming.ShouldBeEmpty();
        myRuns.Standing.ShouldBeEmpty();
    }

    [Fact]
    public async Task StopStandingAsync_KeepsADateTheMemberBookedOneByOne()
    {
        await using var app = await TestDatabase.StartAsync();
        var (member, _, _) = await ThreeAsync(app);
        app.User.SignIn(member.UserId, Roles.Runner);
        var sunday = await app.NextRunAsync(DayOfWeek.Sunday);
        var scheduleId = (await app.Get<RunQueries>().GetDetailsAsync(sunday, Ct)).Value!.ScheduleId;
        var service = app.Get<RegistrationService>();
        (await service.RegisterAsync(sunday, null, Ct)).Succeeded.ShouldBeTrue();
        (await service.StartStandingAsync(scheduleId, null, Ct)).Value.ShouldBeGreaterThan(1);

        (await service.StopStandingAsync(scheduleId, Ct)).Succeeded.ShouldBeTrue();

        var myRuns = (await app.Get<RunQueries>().GetMyRunsAsync(Ct)).Value!;
        myRuns.Upcoming.ShouldHaveSingleItem().Run.Id.ShouldBe(sunday);
        myRuns.Standing.ShouldBeEmpty();
    }

    [Fact]
    public async Task DefaultPaceGroup_IsTheNearestToTheRunnersEasyPace()
    {
        RunQueries.DefaultPaceGroup(["5:00", "5:45", "6:30"], 6 * 60 + 10).ShouldBe("6:30");
        RunQueries.DefaultPaceGroup(["5:00", "5:45", "6:30"], 5 * 60).ShouldBe("5:00");
        RunQueries.DefaultPaceGroup(["5:00", "5:45", "6:30"], null).ShouldBe("5:45");
        RunQueries.DefaultPaceGroup([], 300).ShouldBeNull();
        await Task.CompletedTask;
    }

    internal static async Task<(TestMember, TestMember, TestMember)> ThreeAsync(TestDatabase app)
    {
        var members = await app.AddMembersAsync(3);
        return (members[0], members[1], members[2]);
    }

    internal static async Task<AlphasRun.Application.Common.Result<RegistrationOutcome>> RegisterAs(TestDatabase app, TestMember member, Guid run, string? pace = "5:45")
    {
        app.User.SignIn(member.UserId, Roles.Runner);
        return await app.Get<RegistrationService>().RegisterAsync(run, pace, Ct);
    }
}
