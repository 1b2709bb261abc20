using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.Cancel.CancelRegistration;
using AlphasRun.Application.GroupRuns.MyRuns.GetMyRuns;
using AlphasRun.Application.GroupRuns.Register.RegisterForRun;
using AlphasRun.Application.GroupRuns.Schedules.CancelRun;
using AlphasRun.Application.GroupRuns.Series.StartSeries;
using AlphasRun.Application.GroupRuns.Series.StopSeries;
using AlphasRun.Application.GroupRuns.Upcoming.GetRunDetails;
using AlphasRun.Application.GroupRuns.Upcoming.MyPlaces;
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
        var mine = (await app.SendAsync(new MyPlaces([run])))[run];
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
        (await app.SendAsync(new CancelRegistration(run))).Succeeded.ShouldBeTrue();

        app.User.SignIn(second.UserId, Roles.Runner);
        (await app.SendAsync(new MyPlaces([run])))[run].Status.ShouldBe(RegistrationStatus.Confirmed);
        app.User.SignIn(third.UserId, Roles.Runner);
        (await app.SendAsync(new MyPlaces([run])))[run].WaitlistPosition.ShouldBe(1);
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
        var cancel = await app.SendAsync(new CancelRegistration(run));

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
        (await app.SendAsync(new CancelRun(run, "Ice storm"))).Succeeded.ShouldBeTrue();
        (await RegisterAs(app, member, run)).Message.ShouldBe("This run is cancelled, so registration is closed.");

        app.User.SignIn(member.UserId, Roles.Runner);
        (await app.SendAsync(new MyPlaces([run]))).ShouldBeEmpty();
    }

    [Fact]
    public async Task RegisterAsync_Anonymous_IsRefused()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Thursday);

        (await app.SendAsync(new RegisterForRun(run, null))).IsForbidden.ShouldBeTrue();
        (await app.SendAsync(new CancelRegistration(run))).IsForbidden.ShouldBeTrue();
    }

    [Fact]
    public async Task CancelAsync_NeverTouchesAnotherMembersRegistration()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Thursday);
        var (owner, other, _) = await ThreeAsync(app);
        await RegisterAs(app, owner, run);

        app.User.SignIn(other.UserId, Roles.Runner);
        var result = await app.SendAsync(new CancelRegistration(run));

        result.Message.ShouldBe("You're not registered for this run.");
        app.User.SignIn(owner.UserId, Roles.Runner);
        (await app.SendAsync(new MyPlaces([run])))[run].Status.ShouldBe(RegistrationStatus.Confirmed);
    }

    [Fact]
    public async Task StandingRegistration_ReachesEveryFutureRun_IncludingRunsGeneratedLater_AndRespectsOptOuts()
    {
        await using var app = await TestDatabase.StartAsync();
        var (member, _, _) = await ThreeAsync(app);
        app.User.SignIn(member.UserId, Roles.Runner);
        var service = app.Get<IUseCases>();
        var tuesday = await app.NextRunAsync(DayOfWeek.Tuesday);
        var scheduleId = (await app.SendAsync(new GetRunDetails(tuesday))).Value!.ScheduleId;

        (await service.SendAsync(new StartSeries(scheduleId, "5:45"), Ct)).Value.ShouldBe(8);
        (await service.SendAsync(new CancelRegistration(tuesday), Ct)).Succeeded.ShouldBeTrue(); // opt out of one date

        app.Clock.Advance(TimeSpan.FromDays(7));
        (await app.Get<OccurrenceGenerator>().GenerateAsync(Ct)).ShouldBe(3);
        await service.SendAsync(new StartSeries(scheduleId, "5:45"), Ct); // re-applying keeps the opt-out

        var myRuns = (await app.SendAsync(new GetMyRuns())).Value!;
        myRuns.Upcoming.Count.ShouldBe(8); // 7 left of the first 8 weeks + the newly generated Tuesday
        myRuns.Upcoming.ShouldAllBe(r => r.Run.LocalStart.DayOfWeek == DayOfWeek.Tuesday && r.Registration.FromStanding);
        myRuns.Standing.ShouldHaveSingleItem().ScheduleName.ShouldBe("Tuesday evening run");
        (await app.SendAsync(new MyPlaces([tuesday]))).ShouldBeEmpty();
    }

    [Fact]
    public async Task StopStandingAsync_CancelsTheFutureRunsItMade()
    {
        await using var app = await TestDatabase.StartAsync();
        var (member, _, _) = await ThreeAsync(app);
        app.User.SignIn(member.UserId, Roles.Runner);
        var sunday = await app.NextRunAsync(DayOfWeek.Sunday);
        var scheduleId = (await app.SendAsync(new GetRunDetails(sunday))).Value!.ScheduleId;
        await app.SendAsync(new StartSeries(scheduleId, null));

        (await app.SendAsync(new StopSeries(scheduleId))).Succeeded.ShouldBeTrue();

        var myRuns = (await app.SendAsync(new GetMyRuns())).Value!;
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
        var scheduleId = (await app.SendAsync(new GetRunDetails(sunday))).Value!.ScheduleId;
        var service = app.Get<IUseCases>();
        (await service.SendAsync(new RegisterForRun(sunday, null), Ct)).Succeeded.ShouldBeTrue();
        (await service.SendAsync(new StartSeries(scheduleId, null), Ct)).Value.ShouldBeGreaterThan(1);

        (await service.SendAsync(new StopSeries(scheduleId), Ct)).Succeeded.ShouldBeTrue();

        var myRuns = (await app.SendAsync(new GetMyRuns())).Value!;
        myRuns.Upcoming.ShouldHaveSingleItem().Run.Id.ShouldBe(sunday);
        myRuns.Standing.ShouldBeEmpty();
    }

    [Fact]
    public async Task DefaultPaceGroup_IsTheNearestToTheRunnersEasyPace()
    {
        PaceGroupChoice.Nearest(["5:00", "5:45", "6:30"], 6 * 60 + 10).ShouldBe("6:30");
        PaceGroupChoice.Nearest(["5:00", "5:45", "6:30"], 5 * 60).ShouldBe("5:00");
        PaceGroupChoice.Nearest(["5:00", "5:45", "6:30"], null).ShouldBe("5:45");
        PaceGroupChoice.Nearest([], 300).ShouldBeNull();
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
        return await app.SendAsync(new RegisterForRun(run, pace));
    }
}
