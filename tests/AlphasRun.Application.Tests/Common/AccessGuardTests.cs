using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.GroupRuns.Register.RegisterForRun;
using AlphasRun.Application.GroupRuns.Schedules.CancelRun;
using AlphasRun.Application.GroupRuns.Schedules.ListSchedules;
using AlphasRun.Application.Runners.Join;
using AlphasRun.Application.Runners.SetCoach;
using AlphasRun.Application.Runners.SetLocked;
using AlphasRun.Application.Tests.Runners;
using AlphasRun.Application.Tests.Support;

namespace AlphasRun.Application.Tests.Common;

/// <summary>
/// Issue #12 item 4: a role change or a lock counts at the member's next action, whatever an open tab
/// (its cookie or circuit) still says about them.
/// </summary>
public sealed class AccessGuardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACoachRevokedAMomentAgo_CannotCancelARunFromATabThatStillSaysCoach()
    {
        await using var app = await TestDatabase.StartAsync();
        var (userId, email) = await JoinAsync(app, "revoked@example.com");
        await SetCoachAsync(app, email, true);
        app.User.ChecksAccountsInDatabase = true;
        app.User.SignIn(userId, Roles.Runner, Roles.Coach);
        var sunday = await app.NextRunAsync(DayOfWeek.Sunday);
        (await app.SendAsync(new ListSchedules())).Succeeded.ShouldBeTrue();

        await SetCoachAsync(app, email, false);
        app.User.SignIn(userId, Roles.Runner, Roles.Coach);

        (await app.SendAsync(new CancelRun(sunday, "Ice storm"))).IsForbidden.ShouldBeTrue();
    }

    [Fact]
    public async Task AMemberMadeCoachAMomentAgo_CanActAsCoachFromATabOpenedBefore()
    {
        await using var app = await TestDatabase.StartAsync();
        var (userId, email) = await JoinAsync(app, "granted@example.com");
        app.User.ChecksAccountsInDatabase = true;
        app.User.SignIn(userId, Roles.Runner);
        (await app.SendAsync(new ListSchedules())).IsForbidden.ShouldBeTrue();

        await SetCoachAsync(app, email, true);
        app.User.SignIn(userId, Roles.Runner);

        (await app.SendAsync(new ListSchedules())).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task ALockedMember_CannotRegisterFromATabStillSignedIn()
    {
        await using var app = await TestDatabase.StartAsync();
        var (userId, _) = await JoinAsync(app, "locked@example.com");
        app.User.SignIn("an-admin", Roles.Admin);
        (await app.Get<IUseCases>().SendAsync(new SetLocked(userId, true), Ct)).Succeeded.ShouldBeTrue();

        app.User.ChecksAccountsInDatabase = true;
        app.User.SignIn(userId, Roles.Runner);
        var result = await app.SendAsync(new RegisterForRun(await app.NextRunAsync(DayOfWeek.Tuesday), null));

        result.Succeeded.ShouldBeFalse();
    }

    private static async Task<(string UserId, string Email)> JoinAsync(TestDatabase app, string email) =>
        ((await app.Get<IUseCases>().SendAsync(new JoinCrew(MembershipServiceTests.Form(email)), Ct)).Value!.UserId, email);

    private static async Task SetCoachAsync(TestDatabase app, string email, bool coach)
    {
        var before = app.User.ChecksAccountsInDatabase;
        app.User.ChecksAccountsInDatabase = false;
        app.User.SignIn("an-admin", Roles.Admin);
        (await app.Get<IUseCases>().SendAsync(new SetCoach(email, coach), Ct)).Succeeded.ShouldBeTrue();
        app.User.ChecksAccountsInDatabase = before;
    }
}
