using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.GroupRuns.Schedules.SetRunCapacity;
using AlphasRun.Application.GroupRuns.Upcoming.ComingRunsForCoach;
using AlphasRun.Application.GroupRuns.Upcoming.GetRunDetails;
using AlphasRun.Application.GroupRuns.Upcoming.MyPlaces;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Domain.GroupRuns;
using static AlphasRun.Application.Tests.GroupRuns.RegistrationServiceTests;

namespace AlphasRun.Application.Tests.GroupRuns;

/// <summary>Issue #12 item 13: a coach sets the places of one dated run.</summary>
public sealed class RunCapacityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SetRunCapacityAsync_ChangesThatDateOnly()
    {
        await using var app = await TestDatabase.StartAsync();
        var sunday = await app.NextRunAsync(DayOfWeek.Sunday);
        app.User.SignIn("coach", Roles.Coach);
        var coach = app.Get<IUseCases>();

        (await coach.SendAsync(new SetRunCapacity(sunday, 20), Ct)).Succeeded.ShouldBeTrue();

        var runs = (await coach.SendAsync(new ComingRunsForCoach(60), Ct)).Value!.Select(r => r.Run).Where(r => r.LocalStart.DayOfWeek == DayOfWeek.Sunday).ToList();
        runs.Single(r => r.Id == sunday).Capacity.ShouldBe(20);
        runs.Where(r => r.Id != sunday).ShouldAllBe(r => r.Capacity != 20);
    }

    [Fact]
    public async Task SetRunCapacityAsync_BelowTheRunnersAlreadyRegistered_IsRefusedWithTheCount_AndChangesNothing()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var (first, second, _) = await ThreeAsync(app);
        await RegisterAs(app, first, run);
        await RegisterAs(app, second, run);
        app.User.SignIn("coach", Roles.Coach);

        var result = await app.SendAsync(new SetRunCapacity(run, 1));

        result.Succeeded.ShouldBeFalse();
        result.Message.ShouldBe("2 runners are already registered for this date, so it needs at least 2 places. Nobody was moved to the waitlist.");
        (await app.SendAsync(new GetRunDetails(run))).Value!.Run.Capacity.ShouldNotBe(1);
        (await app.SendAsync(new SetRunCapacity(run, 2))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task SetRunCapacityAsync_WithMorePlaces_GivesThemToTheWaitlistInOrder()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        await app.SetCapacityAsync(run, 1);
        var (first, second, third) = await ThreeAsync(app);
        await RegisterAs(app, first, run);
        await RegisterAs(app, second, run);
        await RegisterAs(app, third, run);
        await app.ForgetQueuedMailAsync(); // the set-up registrations' confirmations
        app.User.SignIn("coach", Roles.Coach);

        (await app.SendAsync(new SetRunCapacity(run, 2))).Succeeded.ShouldBeTrue();

        app.User.SignIn(second.UserId, Roles.Runner);
        (await app.SendAsync(new MyPlaces([run])))[run].Status.ShouldBe(RegistrationStatus.Confirmed);
        app.User.SignIn(third.UserId, Roles.Runner);
        (await app.SendAsync(new MyPlaces([run])))[run].WaitlistPosition.ShouldBe(1);
        (await app.DeliverMailAsync()).ShouldBe(1);
        app.Mail.Sent.ShouldHaveSingleItem().To.ShouldBe(second.Email);
    }

    [Fact]
    public async Task SetRunCapacityAsync_ByARunner_IsRefused()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        app.User.SignIn("runner", Roles.Runner);

        (await app.SendAsync(new SetRunCapacity(run, 5))).IsForbidden.ShouldBeTrue();
    }
}
