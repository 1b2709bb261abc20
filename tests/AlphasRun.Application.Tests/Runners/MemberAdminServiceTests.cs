using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.Runners.Join;
using AlphasRun.Application.Runners.ListMembers;
using AlphasRun.Application.Runners.SetCoach;
using AlphasRun.Application.Runners.SetLocked;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Infrastructure.Identity;

namespace AlphasRun.Application.Tests.Runners;

public sealed class MemberAdminServiceTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Runner)]
    [InlineData(Roles.Coach)]
    public async Task EveryAction_ByANonAdmin_IsRefusedByTheServiceItself(string? role)
    {
        await using var app = await TestDatabase.StartAsync();
        var target = (await app.Get<IUseCases>().SendAsync(new JoinCrew(MembershipServiceTests.Form("target@example.com")), TestContext.Current.CancellationToken)).Value!.UserId;
        if (role is not null)
        {
            app.User.SignIn("caller", role);
        }

        var admin = app.Get<IUseCases>();
        (await admin.SendAsync(new ListMembers(null), TestContext.Current.CancellationToken)).IsForbidden.ShouldBeTrue();
        (await admin.SendAsync(new SetCoach("target@example.com", true), TestContext.Current.CancellationToken)).IsForbidden.ShouldBeTrue();
        (await admin.SendAsync(new SetLocked(target, true), TestContext.Current.CancellationToken)).IsForbidden.ShouldBeTrue();

        app.User.SignIn("an-admin", Roles.Admin);
        var member = (await admin.SendAsync(new ListMembers("target"), TestContext.Current.CancellationToken)).Value!.ShouldHaveSingleItem();
        member.Roles.ShouldBe([Roles.Runner]);
        member.IsLocked.ShouldBeFalse();
    }

    [Fact]
    public async Task Admin_GrantsAndRevokesCoach_AndLocksAMember()
    {
        await using var app = await TestDatabase.StartAsync();
        var target = (await app.Get<IUseCases>().SendAsync(new JoinCrew(MembershipServiceTests.Form("target@example.com")), TestContext.Current.CancellationToken)).Value!.UserId;
        app.User.SignIn("an-admin", Roles.Admin);
        var admin = app.Get<IUseCases>();

        (await admin.SendAsync(new SetCoach("target@example.com", true), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
        (await admin.SendAsync(new SetLocked(target, true), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();

        var member = (await admin.SendAsync(new ListMembers("Maya"), TestContext.Current.CancellationToken)).Value!.ShouldHaveSingleItem();
        member.Roles.ShouldBe([Roles.Runner, Roles.Coach]);
        member.IsLocked.ShouldBeTrue();

        (await admin.SendAsync(new SetCoach("target@example.com", false), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
        (await admin.SendAsync(new ListMembers(null), TestContext.Current.CancellationToken)).Value!.Single().Roles.ShouldBe([Roles.Runner]);
    }

    [Fact]
    public async Task Admin_CannotLockThemselves()
    {
        await using var app = await TestDatabase.StartAsync();
        app.User.SignIn("me", Roles.Admin);

        var result = await app.Get<IUseCases>().SendAsync(new SetLocked("me", true), TestContext.Current.CancellationToken);

        result.Message.ShouldBe("You can't lock your own account.");
    }

    [Fact]
    public async Task RolesCommand_GrantListRevoke_WorksAgainstTheDatabase()
    {
        await using var app = await TestDatabase.StartAsync();
        await app.Get<IUseCases>().SendAsync(new JoinCrew(MembershipServiceTests.Form("coach@example.com")), TestContext.Current.CancellationToken);
        var output = new StringWriter();

        (await RolesCommand.RunAsync(app.Services, ["grant", "coach@example.com", "coach"], output, TestContext.Current.CancellationToken)).ShouldBe(0);
        (await RolesCommand.RunAsync(app.Services, ["list"], output, TestContext.Current.CancellationToken)).ShouldBe(0);
        (await RolesCommand.RunAsync(app.Services, ["revoke", "coach@example.com", "Coach"], output, TestContext.Current.CancellationToken)).ShouldBe(0);
        (await RolesCommand.RunAsync(app.Services, ["grant", "nobody@example.com", "Coach"], output, TestContext.Current.CancellationToken)).ShouldBe(1);
        (await RolesCommand.RunAsync(app.Services, ["grant", "coach@example.com", "Boss"], output, TestContext.Current.CancellationToken)).ShouldBe(2);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Granted Coach to coach@example.com.");
        lines[1].ShouldBe("coach@example.com\tMaya Chen\tRunner,Coach");
        lines[2].ShouldBe("Revoked Coach from coach@example.com.");
        lines[3].ShouldBe("No member has the email nobody@example.com.");
        lines[4].ShouldStartWith("Unknown role \"Boss\".");
    }
}
