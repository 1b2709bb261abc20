using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.Register.RegisterForRun;
using AlphasRun.Application.GroupRuns.Roster.GetRoster;
using AlphasRun.Application.GroupRuns.Series.StartSeries;
using AlphasRun.Application.GroupRuns.Upcoming.GetRunDetails;
using AlphasRun.Application.GroupRuns.Upcoming.MyPlaces;
using AlphasRun.Application.Runners;
using AlphasRun.Application.Runners.DeleteMyAccount;
using AlphasRun.Application.Runners.GetMyProfile;
using AlphasRun.Application.Runners.Join;
using AlphasRun.Application.Runners.UpdateMyProfile;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Plans;
using AlphasRun.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.Tests.Runners;

public sealed class MembershipServiceTests
{
    [Fact]
    public async Task JoinAsync_CreatesTheAccountAndTheRunnerProfileTogether()
    {
        await using var app = await TestDatabase.StartAsync();

        var result = await app.Get<IUseCases>().SendAsync(new JoinCrew(Form("maya@example.com")), TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeTrue(result.Message);
        var users = app.Get<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync("maya@example.com");
        user.ShouldNotBeNull();
        (await users.GetRolesAsync(user)).ShouldBe([Roles.Runner]);
        await using var db = await app.Get<IAlphasRunDbFactory>().CreateAsync(TestContext.Current.CancellationToken);
        var runner = await db.Runners.SingleAsync(r => r.UserId == user.Id, TestContext.Current.CancellationToken);
        runner.FullName.ShouldBe("Maya Chen");
        runner.EasyPaceSecondsPerKm.ShouldBe(345);
        runner.WaiverAcceptedUtc.ShouldBe(app.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task JoinAsync_WithAnEmailAlreadyUsed_AnswersWithoutAnErrorAndNamesTheExistingMember()
    {
        await using var app = await TestDatabase.StartAsync();
        var service = app.Get<IUseCases>();
        var first = (await service.SendAsync(new JoinCrew(Form("maya@example.com")), TestContext.Current.CancellationToken)).Value!;

        var second = await service.SendAsync(new JoinCrew(Form("MAYA@example.com")), TestContext.Current.CancellationToken);

        // No "already taken" message that would tell a visitor who is a member: the page mails the owner instead.
        second.Succeeded.ShouldBeTrue();
        second.Value.ShouldBe(new JoinOutcome(first.UserId, AlreadyMember: true));
        first.AlreadyMember.ShouldBeFalse();
        (await app.Get<UserManager<ApplicationUser>>().Users.CountAsync(u => u.NormalizedEmail == "MAYA@EXAMPLE.COM", TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Theory]
    [InlineData("aaaaaaaaaa")]
    [InlineData("1234567890")]
    [InlineData("Password123")]
    [InlineData("qwertyuiop")]
    [InlineData("maya@example.com")]
    public async Task JoinAsync_WithACommonPassword_RefusesItOnThePasswordField(string password)
    {
        await using var app = await TestDatabase.StartAsync();
        var form = Form("maya@example.com");
        form.Password = form.ConfirmPassword = password;

        var result = await app.Get<IUseCases>().SendAsync(new JoinCrew(form), TestContext.Current.CancellationToken);

        result.Problems.ShouldContain(p => p.Field == nameof(JoinForm.Password) && p.Message == CommonPasswords.Message);
        (await app.Get<UserManager<ApplicationUser>>().FindByEmailAsync("maya@example.com")).ShouldBeNull();
    }

    [Fact]
    public async Task ResetPassword_ToACommonPassword_IsRefusedByIdentityToo()
    {
        await using var app = await TestDatabase.StartAsync();
        await app.Get<IUseCases>().SendAsync(new JoinCrew(Form("maya@example.com")), TestContext.Current.CancellationToken);
        var users = app.Get<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync("maya@example.com"))!;

        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "iloveyou123");

        result.Errors.ShouldContain(e => e.Description == CommonPasswords.Message);
    }

    [Fact]
    public async Task CreateMemberAsync_WhenTheProfileCannotBeStored_LeavesNoAccountBehind()
    {
        await using var app = await TestDatabase.StartAsync();
        var form = Form("broken@example.com");
        form.FirstName = null!; // bypasses validation: the database refuses the runner row

        await Should.ThrowAsync<DbUpdateException>(() => app.Get<IMemberAccounts>().CreateMemberAsync(form, DateTime.UtcNow, TestContext.Current.CancellationToken));

        (await app.Get<UserManager<ApplicationUser>>().FindByEmailAsync("broken@example.com")).ShouldBeNull();
    }

    [Fact]
    public async Task JoinAsync_WithoutTheWaiver_CreatesNothing()
    {
        await using var app = await TestDatabase.StartAsync();
        var form = Form("nowaiver@example.com");
        form.AcceptsWaiver = false;

        var result = await app.Get<IUseCases>().SendAsync(new JoinCrew(form), TestContext.Current.CancellationToken);

        result.Problems.ShouldContain(p => p.Field == nameof(JoinForm.AcceptsWaiver));
        (await app.Get<UserManager<ApplicationUser>>().FindByEmailAsync("nowaiver@example.com")).ShouldBeNull();
    }

    [Fact]
    public async Task JoinAsync_WithA10000CharacterName_IsRefusedByValidation()
    {
        await using var app = await TestDatabase.StartAsync();
        var form = Form("long@example.com");
        form.LastName = new string('x', 10_000);

        var result = await app.Get<IUseCases>().SendAsync(new JoinCrew(form), TestContext.Current.CancellationToken);

        result.Problems.ShouldContain(p => p.Field == nameof(JoinForm.LastName) && p.Message == "Last name: at most 60 characters.");
    }

    [Fact]
    public async Task JoinAsync_WithMarkupInTheName_StoresItAsText()
    {
        await using var app = await TestDatabase.StartAsync();
        var form = Form("markup@example.com");
        form.FirstName = "<script>alert(1)</script>";

        var joined = await app.Get<IUseCases>().SendAsync(new JoinCrew(form), TestContext.Current.CancellationToken);
        app.User.SignIn(joined.Value!.UserId, Roles.Runner);
        var profile = await app.Get<IUseCases>().SendAsync(new GetMyProfile(), TestContext.Current.CancellationToken);

        profile.Value!.Form.FirstName.ShouldBe("<script>alert(1)</script>");
    }

    [Fact]
    public async Task JoinAsync_WithAnEmailListedAsAdmin_MakesThemAdminOnlyOnceTheEmailIsConfirmed()
    {
        await using var app = await TestDatabase.StartAsync(settings: new() { ["AlphasRun:Admins:0"] = "boss@example.com" });

        var joined = (await app.Get<IUseCases>().SendAsync(new JoinCrew(Form("Boss@Example.com")), TestContext.Current.CancellationToken)).Value!;

        // Whoever joins first with the admin's address gets nothing until they prove they own it.
        var users = app.Get<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync("boss@example.com"))!;
        (await users.GetRolesAsync(user)).ShouldBe([Roles.Runner]);
        await app.RestartAsync();
        (await app.Get<UserManager<ApplicationUser>>().GetRolesAsync((await app.Get<UserManager<ApplicationUser>>().FindByEmailAsync("boss@example.com"))!)).ShouldBe([Roles.Runner]);

        users = app.Get<UserManager<ApplicationUser>>();
        user = (await users.FindByEmailAsync("boss@example.com"))!;
        (await users.ConfirmEmailAsync(user, await users.GenerateEmailConfirmationTokenAsync(user))).Succeeded.ShouldBeTrue();
        (await app.Get<IMemberAccounts>().ApplyConfiguredAdminAsync(joined.UserId, TestContext.Current.CancellationToken)).ShouldBeTrue();

        (await users.GetRolesAsync((await users.FindByIdAsync(joined.UserId))!)).ShouldBe([Roles.Runner, Roles.Admin], ignoreOrder: true);
    }

    [Fact]
    public async Task Restart_WithAConfirmedEmailNewlyListedAsAdmin_MakesTheExistingMemberAdmin()
    {
        await using var app = await TestDatabase.StartAsync();
        await app.Get<IUseCases>().SendAsync(new JoinCrew(Form("later@example.com")), TestContext.Current.CancellationToken);
        await app.Get<IUseCases>().SendAsync(new JoinCrew(Form("unconfirmed@example.com")), TestContext.Current.CancellationToken);
        var users = app.Get<UserManager<ApplicationUser>>();
        var later = (await users.FindByEmailAsync("later@example.com"))!;
        await users.ConfirmEmailAsync(later, await users.GenerateEmailConfirmationTokenAsync(later));

        await app.RestartAsync(new() { ["AlphasRun:Admins:0"] = "later@example.com", ["AlphasRun:Admins:1"] = "unconfirmed@example.com" });

        users = app.Get<UserManager<ApplicationUser>>();
        (await users.IsInRoleAsync((await users.FindByEmailAsync("later@example.com"))!, Roles.Admin)).ShouldBeTrue();
        (await users.IsInRoleAsync((await users.FindByEmailAsync("unconfirmed@example.com"))!, Roles.Admin)).ShouldBeFalse();
    }

    [Fact]
    public async Task UpdateMyProfileAsync_ChangesOnlyTheCallersProfile()
    {
        await using var app = await TestDatabase.StartAsync();
        var service = app.Get<IUseCases>();
        var maya = (await service.SendAsync(new JoinCrew(Form("maya@example.com")), TestContext.Current.CancellationToken)).Value!.UserId;
        var omar = (await service.SendAsync(new JoinCrew(Form("omar@example.com")), TestContext.Current.CancellationToken)).Value!.UserId;
        app.User.SignIn(maya, Roles.Runner);

        var form = (await service.SendAsync(new GetMyProfile(), TestContext.Current.CancellationToken)).Value!.Form;
        form.MainDistance = PlanAudience.Marathon;
        form.EasyPace = "9:30";
        form.PaceUnit = Domain.Common.DistanceUnit.Miles;
        (await service.SendAsync(new UpdateMyProfile(form), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();

        var mine = (await service.SendAsync(new GetMyProfile(), TestContext.Current.CancellationToken)).Value!.Form;
        mine.MainDistance.ShouldBe(PlanAudience.Marathon);
        mine.EasyPace.ShouldBe("5:54"); // 9:30 per mile, shown per km
        app.User.SignIn(omar, Roles.Runner);
        (await service.SendAsync(new GetMyProfile(), TestContext.Current.CancellationToken)).Value!.Form.MainDistance.ShouldBe(PlanAudience.HalfMarathon);
    }

    [Fact]
    public async Task UpdateMyProfileAsync_Anonymous_IsRefused()
    {
        await using var app = await TestDatabase.StartAsync();

        var result = await app.Get<IUseCases>().SendAsync(new UpdateMyProfile(Form("x@example.com")), TestContext.Current.CancellationToken);

        result.IsForbidden.ShouldBeTrue();
    }

    [Fact]
    public async Task DeleteMyAccountAsync_RemovesPersonalDataAndKeepsAnonymousRegistrations()
    {
        await using var app = await TestDatabase.StartAsync();
        var service = app.Get<IUseCases>();
        var userId = (await service.SendAsync(new JoinCrew(Form("leaving@example.com")), TestContext.Current.CancellationToken)).Value!.UserId;
        var ct = TestContext.Current.CancellationToken;
        await using (var db = await app.Get<IAlphasRunDbFactory>().CreateAsync(ct))
        {
            var runner = await db.Runners.SingleAsync(r => r.UserId == userId, ct);
            var run = await db.GroupRunOccurrences.FirstAsync(ct);
            db.Registrations.Add(new Registration(Guid.NewGuid(), run.Id, runner.Id, RegistrationStatus.Confirmed, null, DateTime.UtcNow));
            await db.SaveChangesAsync(ct);
        }

        app.User.SignIn(userId, Roles.Runner);
        (await service.SendAsync(new DeleteMyAccount("wrong password!"), ct)).Problems.ShouldHaveSingleItem().Field.ShouldBe("Password");
        (await service.SendAsync(new DeleteMyAccount("a long enough password"), ct)).Succeeded.ShouldBeTrue();

        (await app.Get<UserManager<ApplicationUser>>().FindByEmailAsync("leaving@example.com")).ShouldBeNull();
        await using var after = await app.Get<IAlphasRunDbFactory>().CreateAsync(ct);
        (await after.Runners.AnyAsync(r => r.UserId == userId, ct)).ShouldBeFalse();
        var registration = await after.Registrations.SingleAsync(ct);
        registration.RunnerId.ShouldBeNull();
    }

    [Fact]
    public async Task DeleteMyAccountAsync_GivesBackEveryComingPlace_PromotesTheWaitlist_EndsTheSeries_AndKeepsPastCounts()
    {
        await using var app = await TestDatabase.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var leaving = (await app.SendAsync(new JoinCrew(Form("leaving@example.com")))).Value!.UserId;
        var waiting = (await app.AddMembersAsync(1)).Single();
        var past = await app.NextRunAsync(DayOfWeek.Tuesday);
        app.User.SignIn(leaving, Roles.Runner);
        var scheduleId = (await app.SendAsync(new GetRunDetails(past))).Value!.ScheduleId;
        (await app.SendAsync(new StartSeries(scheduleId, "5:45"))).Succeeded.ShouldBeTrue(); // every Tuesday
        app.Clock.Advance(TimeSpan.FromDays(7)); // the first Tuesday is past now
        var coming = await app.NextRunAsync(DayOfWeek.Tuesday);
        await app.SetCapacityAsync(coming, 1); // she holds the only place
        app.User.SignIn(waiting.UserId, Roles.Runner);
        (await app.SendAsync(new RegisterForRun(coming, "5:45"))).Value.ShouldBe(RegistrationOutcome.Waitlisted);
        await app.ForgetQueuedMailAsync(); // the set-up confirmations

        app.User.SignIn(leaving, Roles.Runner);
        (await app.SendAsync(new DeleteMyAccount("a long enough password"))).Succeeded.ShouldBeTrue();

        app.User.SignIn(waiting.UserId, Roles.Runner);
        (await app.SendAsync(new MyPlaces([coming])))[coming].Status.ShouldBe(RegistrationStatus.Confirmed);
        (await app.DeliverMailAsync()).ShouldBe(1);
        app.Mail.Sent.ShouldHaveSingleItem().To.ShouldBe(waiting.Email);
        app.User.SignIn("coach", Roles.Coach);
        var roster = (await app.SendAsync(new GetRoster(coming))).Value!;
        roster.Groups.SelectMany(g => g.Runners).Select(r => r.Name).ShouldBe(["runner0 Test"]); // nobody "Former member" to check in
        roster.Waitlist.ShouldBeEmpty();
        await using var db = await app.Get<IAlphasRunDbFactory>().CreateAsync(ct);
        (await db.StandingRegistrations.AnyAsync(ct)).ShouldBeFalse();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        (await db.GroupRunOccurrences.Where(o => o.StartUtc > now && o.Id != coming).SumAsync(o => o.ConfirmedCount, ct)).ShouldBe(0);
        (await db.GroupRunOccurrences.Where(o => o.Id == past).Select(o => o.ConfirmedCount).SingleAsync(ct)).ShouldBe(1);
        var kept = await db.Registrations.SingleAsync(r => r.OccurrenceId == past, ct);
        kept.Status.ShouldBe(RegistrationStatus.Confirmed);
        kept.RunnerId.ShouldBeNull(); // an anonymous count, nobody identifiable
    }

    [Fact]
    public async Task DeleteMyAccountAsync_WrongPasswords_CountTowardsTheLockoutAndAnAdminCanUnlock()
    {
        await using var app = await TestDatabase.StartAsync(settings: new() { ["AlphasRun:MaxFailedSignIns"] = "3" });
        var ct = TestContext.Current.CancellationToken;
        var userId = (await app.Get<IUseCases>().SendAsync(new JoinCrew(Form("guessed@example.com")), ct)).Value!.UserId;
        app.User.SignIn(userId, Roles.Runner);
        var service = app.Get<IUseCases>();

        for (var i = 0; i < 3; i++)
        {
            (await service.SendAsync(new DeleteMyAccount($"guess number {i}"), ct)).Succeeded.ShouldBeFalse();
        }

        // Locked now: even the right password is refused, so this form cannot be used to guess passwords.
        (await service.SendAsync(new DeleteMyAccount("a long enough password"), ct)).Message.ShouldContain("locked");
        (await app.Get<UserManager<ApplicationUser>>().FindByIdAsync(userId)).ShouldNotBeNull();

        (await app.Get<IMemberAccounts>().SetLockedAsync(userId, locked: false, ct)).Succeeded.ShouldBeTrue();
        (await service.SendAsync(new DeleteMyAccount("a long enough password"), ct)).Succeeded.ShouldBeTrue();
    }

    internal static JoinForm Form(string email) => new()
    {
        FirstName = "Maya",
        LastName = "Chen",
        Email = email,
        Password = "a long enough password",
        ConfirmPassword = "a long enough password",
        MainDistance = PlanAudience.HalfMarathon,
        EasyPace = "5:45",
        AcceptsWaiver = true,
    };
}
