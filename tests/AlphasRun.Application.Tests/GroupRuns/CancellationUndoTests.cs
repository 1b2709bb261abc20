using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.Cancel.CancelRegistration;
using AlphasRun.Application.GroupRuns.Cancel.UndoCancellation;
using AlphasRun.Application.GroupRuns.Upcoming.GetRunDetails;
using AlphasRun.Application.GroupRuns.Upcoming.MyPlaces;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Domain.GroupRuns;
using static AlphasRun.Application.Tests.GroupRuns.RegistrationServiceTests;

namespace AlphasRun.Application.Tests.GroupRuns;

/// <summary>Issue #12 item 11: "Undo" right after a member cancelled their own place.</summary>
public sealed class CancellationUndoTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UndoCancelAsync_RightAfterCancellingAConfirmedPlace_PutsTheMemberBackIn()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var (member, _, _) = await ThreeAsync(app);
        await RegisterAs(app, member, run);
        var service = app.Get<IUseCases>();
        (await service.SendAsync(new CancelRegistration(run), Ct)).Succeeded.ShouldBeTrue();
        app.Clock.Advance(TimeSpan.FromSeconds(5));

        (await service.SendAsync(new UndoCancellation(run), Ct)).Value.ShouldBe(RegistrationOutcome.Confirmed);

        (await app.SendAsync(new MyPlaces([run])))[run].Status.ShouldBe(RegistrationStatus.Confirmed);
        (await app.SendAsync(new GetRunDetails(run))).Value!.Run.ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public async Task UndoCancelAsync_OnTheWaitlist_WithNobodyPromoted_KeepsTheMembersPlaceInTheQueue()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        await app.SetCapacityAsync(run, 1);
        var members = await app.AddMembersAsync(4);
        foreach (var m in members.Take(3))
        {
            await RegisterAs(app, m, run);
        }

        app.User.SignIn(members[1].UserId, Roles.Runner);
        (await app.SendAsync(new CancelRegistration(run))).Succeeded.ShouldBeTrue();
        app.Clock.Advance(TimeSpan.FromSeconds(3));
        (await RegisterAs(app, members[3], run)).Value.ShouldBe(RegistrationOutcome.Waitlisted);

        app.User.SignIn(members[1].UserId, Roles.Runner);
        (await app.SendAsync(new UndoCancellation(run))).Value.ShouldBe(RegistrationOutcome.Waitlisted);

        (await app.SendAsync(new MyPlaces([run])))[run].WaitlistPosition.ShouldBe(1);
        app.User.SignIn(members[3].UserId, Roles.Runner);
        (await app.SendAsync(new MyPlaces([run])))[run].WaitlistPosition.ShouldBe(3);
    }

    [Fact]
    public async Task UndoCancelAsync_AfterTheFreedPlaceWentToTheWaitlist_NeverOverbooks_AndQueuesAtTheEnd()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        await app.SetCapacityAsync(run, 1);
        var (first, second, third) = await ThreeAsync(app);
        await RegisterAs(app, first, run);
        await RegisterAs(app, second, run);
        await RegisterAs(app, third, run);
        app.User.SignIn(first.UserId, Roles.Runner);
        (await app.SendAsync(new CancelRegistration(run))).Succeeded.ShouldBeTrue();

        (await app.SendAsync(new UndoCancellation(run))).Value.ShouldBe(RegistrationOutcome.Waitlisted);

        (await app.SendAsync(new MyPlaces([run])))[run].WaitlistPosition.ShouldBe(2);
        (await app.SendAsync(new GetRunDetails(run))).Value!.Run.ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public async Task UndoCancelAsync_AfterTheWindow_IsTooLate_AndTwiceIsNothingToUndo()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var (member, _, _) = await ThreeAsync(app);
        await RegisterAs(app, member, run);
        var service = app.Get<IUseCases>();
        await service.SendAsync(new CancelRegistration(run), Ct);
        app.Clock.Advance(CancellationUndo.Window + TimeSpan.FromSeconds(1));

        (await service.SendAsync(new UndoCancellation(run), Ct)).Message.ShouldBe("It's too late to undo that: register again if there's still room.");
        (await app.SendAsync(new MyPlaces([run]))).ContainsKey(run).ShouldBeFalse();
    }
}
