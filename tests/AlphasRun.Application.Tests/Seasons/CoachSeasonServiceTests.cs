using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.Seasons;
using AlphasRun.Application.Seasons.Coaching.GetMemberSeason;
using AlphasRun.Application.Seasons.Coaching.ListSharedSeasons;
using AlphasRun.Application.Seasons.LogSession;
using AlphasRun.Application.Seasons.SaveSeasonProfile;
using AlphasRun.Application.Seasons.ShareSeason;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Tests.Seasons;

/// <summary>
/// The coach's opt-in view (issue #11 item 3). Today is Thursday 26 November 2026 (see <see cref="SeasonServiceTests"/>):
/// after a marathon on 18 October this is off-season week 2 (23–29 November), planned 41–48 km.
/// </summary>
public sealed class CoachSeasonServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetMemberSeasonAsync_MemberShares_CoachSeesTheirWeeksPlannedVsDoneAndNotes()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1, "Maya"))[0];
        await SharesAsync(app, member);
        app.User.SignIn(member.UserId, Roles.Runner);
        (await app.Get<IUseCases>().SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 24), Slot = 0, Distance = "11", Duration = "1:06:00", Effort = 5, Note = "Windy on Birchmount" }), Ct)).Succeeded.ShouldBeTrue();

        app.User.SignIn("coach", Roles.Coach);
        var result = await app.Get<IUseCases>().SendAsync(new GetMemberSeason(member.RunnerId), Ct);

        result.Succeeded.ShouldBeTrue();
        var season = result.Value!.Season;
        season.RunnerName.ShouldBe("Maya0 Test");
        season.Race.Distance.ShouldBe(PlanAudience.Marathon);
        var thisWeek = result.Value.Compliance.ThisWeek!;
        thisWeek.Title.ShouldBe("Off-season week 2");
        thisWeek.Planned!.ToString().ShouldBe("41–48 km");
        thisWeek.DoneKm.ShouldBe(11);
        thisWeek.Sessions.Single(s => s.Date == new DateOnly(2026, 11, 24)).Log!.Note.ShouldBe("Windy on Birchmount");
        result.Value.Compliance.LastLogged.ShouldBe(new DateOnly(2026, 11, 24));
        result.Value.Compliance.NeedsAWord.ShouldBeFalse();

        app.User.SignIn("admin", Roles.Admin);
        (await app.Get<IUseCases>().SendAsync(new GetMemberSeason(member.RunnerId), Ct)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task GetMemberSeasonAsync_MemberDoesNotShare_AnswersExactlyAsForAnUnknownMember()
    {
        await using var app = await TestDatabase.StartAsync();
        var members = await app.AddMembersAsync(2);
        app.User.SignIn(members[0].UserId, Roles.Runner);
        (await app.Get<IUseCases>().SendAsync(new SaveSeasonProfile(SeasonServiceTests.Marathon()), Ct)).Succeeded.ShouldBeTrue(); // a season, not shared

        app.User.SignIn("coach", Roles.Coach);
        var service = app.Get<IUseCases>();
        var notShared = await service.SendAsync(new GetMemberSeason(members[0].RunnerId), Ct);
        var noSeason = await service.SendAsync(new GetMemberSeason(members[1].RunnerId), Ct);
        var unknown = await service.SendAsync(new GetMemberSeason(Guid.NewGuid()), Ct);

        foreach (var answer in new[] { notShared, noSeason, unknown })
        {
            answer.IsNotFound.ShouldBeTrue();
            answer.Value.ShouldBeNull();
            answer.Message.ShouldBe("This member's season is not shared with the coaches.");
        }

        (await service.SendAsync(new ListSharedSeasons(), Ct)).Value!.ShouldBeEmpty();
    }

    [Fact]
    public async Task MemberRevokes_TheCoachGetsNothingOnTheVeryNextCall()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1))[0];
        await SharesAsync(app, member);
        app.User.SignIn("coach", Roles.Coach);
        var service = app.Get<IUseCases>();
        (await service.SendAsync(new GetMemberSeason(member.RunnerId), Ct)).Succeeded.ShouldBeTrue();
        (await service.SendAsync(new ListSharedSeasons(), Ct)).Value!.ShouldHaveSingleItem().RunnerId.ShouldBe(member.RunnerId);

        app.User.SignIn(member.UserId, Roles.Runner);
        (await app.Get<IUseCases>().SendAsync(new ShareSeason(false), Ct)).Succeeded.ShouldBeTrue();

        app.User.SignIn("coach", Roles.Coach);
        var after = await service.SendAsync(new GetMemberSeason(member.RunnerId), Ct);
        after.IsNotFound.ShouldBeTrue();
        after.Value.ShouldBeNull();
        (await service.SendAsync(new ListSharedSeasons(), Ct)).Value!.ShouldBeEmpty();
    }

    [Fact]
    public async Task APlainMember_GetsNothing_EvenForASharingMember()
    {
        await using var app = await TestDatabase.StartAsync();
        var members = await app.AddMembersAsync(2);
        await SharesAsync(app, members[0]);
        var service = app.Get<IUseCases>();

        app.User.SignIn(members[1].UserId, Roles.Runner);
        var other = await service.SendAsync(new GetMemberSeason(members[0].RunnerId), Ct);
        var list = await service.SendAsync(new ListSharedSeasons(), Ct);
        app.User.SignIn(members[0].UserId, Roles.Runner);
        var own = await service.SendAsync(new GetMemberSeason(members[0].RunnerId), Ct); // their own season is on /my/season, not here
        app.User.SignOut();
        var anonymous = await service.SendAsync(new GetMemberSeason(members[0].RunnerId), Ct);

        foreach (var answer in new AlphasRun.Application.Common.Result[] { other, list, own, anonymous })
        {
            answer.IsForbidden.ShouldBeTrue();
        }

        other.Value.ShouldBeNull();
        list.Value.ShouldBeNull();
    }

    [Fact]
    public async Task Compliance_MoreThanTenPercentOverThePlansMaximum_IsOverdoingByHowFarOverTheTop()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1))[0];
        await SharesAsync(app, member);
        app.User.SignIn(member.UserId, Roles.Runner);
        var log = app.Get<IUseCases>();
        await log.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 23), Title = "Long and easy", Distance = "24" }), Ct);
        await log.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 24), Slot = 0, Distance = "12" }), Ct);
        await log.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 25), Title = "Trail", Distance = "16.4", Note = "Felt strong" }), Ct);

        app.User.SignIn("coach", Roles.Coach);
        var compliance = (await app.Get<IUseCases>().SendAsync(new GetMemberSeason(member.RunnerId), Ct)).Value!.Compliance;

        compliance.ThisWeek!.DoneKm.ShouldBe(52.4m); // 48 km planned at most: 9.2% over, not yet overdoing
        compliance.Overdoing.ShouldBeNull();

        app.User.SignIn(member.UserId, Roles.Runner);
        await log.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 26), Title = "Recovery jog", Distance = "8" }), Ct);
        app.User.SignIn("coach", Roles.Coach);
        var after = (await app.Get<IUseCases>().SendAsync(new GetMemberSeason(member.RunnerId), Ct)).Value!;

        var over = after.Compliance.Overdoing.ShouldNotBeNull();
        over.IsThisWeek.ShouldBeTrue();
        over.WeekTitle.ShouldBe("Off-season week 2");
        over.OverKm.ShouldBe(12.4m); // 60.4 km against 41–48 km
        after.Season.Overdoing.ShouldBeTrue();
        after.Compliance.NeedsAWord.ShouldBeTrue();
        after.Compliance.Drifting.ShouldBeFalse();
    }

    [Fact]
    public async Task Compliance_TwoFinishedWeeksUnderHalfOfPlan_IsDrifting_OneIsNot()
    {
        await using var app = await TestDatabase.StartAsync();
        var members = await app.AddMembersAsync(2);
        // Marathon on 11 October: off-season weeks 1 (9–15 Nov) and 2 (16–22 Nov) are finished; half of 41 km is 20.5.
        var earlier = SeasonServiceTests.Marathon();
        earlier.LastRaceDate = new DateOnly(2026, 10, 11);
        await SharesAsync(app, members[0], earlier);
        await SharesAsync(app, members[1], earlier);
        app.User.SignIn(members[0].UserId, Roles.Runner);
        await app.Get<IUseCases>().SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 10), Title = "Short one", Distance = "8" }), Ct);
        await app.Get<IUseCases>().SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 17), Title = "Short one", Distance = "20" }), Ct);
        app.User.SignIn(members[1].UserId, Roles.Runner);
        await app.Get<IUseCases>().SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 10), Title = "Short one", Distance = "8" }), Ct);
        await app.Get<IUseCases>().SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 17), Title = "Back at it", Distance = "21" }), Ct);

        app.User.SignIn("coach", Roles.Coach);
        var service = app.Get<IUseCases>();
        var drifting = (await service.SendAsync(new GetMemberSeason(members[0].RunnerId), Ct)).Value!.Compliance;
        var recovered = (await service.SendAsync(new GetMemberSeason(members[1].RunnerId), Ct)).Value!.Compliance;

        drifting.Drifting.ShouldBeTrue();
        drifting.DriftingWeeks.ShouldBe(2);
        drifting.NeedsAWord.ShouldBeTrue();
        recovered.Drifting.ShouldBeFalse();
        recovered.DriftingWeeks.ShouldBe(0);
        recovered.NeedsAWord.ShouldBeFalse();
    }

    [Fact]
    public async Task ListSharedAsync_OnlySharingMembers_FlaggedFirst_WithThisWeeksPlannedVsDone()
    {
        await using var app = await TestDatabase.StartAsync();
        var aria = (await app.AddMembersAsync(1, "Aria"))[0];
        var zoe = (await app.AddMembersAsync(1, "Zoe"))[0];
        var private_ = (await app.AddMembersAsync(1, "Priya"))[0];
        await SharesAsync(app, aria);
        await SharesAsync(app, zoe);
        app.User.SignIn(private_.UserId, Roles.Runner);
        await app.Get<IUseCases>().SendAsync(new SaveSeasonProfile(SeasonServiceTests.Marathon()), Ct);
        app.User.SignIn(zoe.UserId, Roles.Runner);
        foreach (var day in new[] { 23, 24, 25 })
        {
            await app.Get<IUseCases>().SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, day), Title = "Extra", Distance = "20" }), Ct);
        }

        app.User.SignIn("coach", Roles.Coach);
        var list = (await app.Get<IUseCases>().SendAsync(new ListSharedSeasons(), Ct)).Value!;

        list.Select(s => s.Name).ShouldBe(["Zoe0 Test", "Aria0 Test"]); // Zoe is overdoing it: first, although later in the alphabet
        list[0].Compliance.Overdoing!.OverKm.ShouldBe(12);
        list[0].Compliance.ThisWeek!.DoneKm.ShouldBe(60);
        list[1].Compliance.ThisWeek!.Planned!.Format(DistanceUnit.Kilometres).ShouldBe("41–48 km");
        list[1].Compliance.ThisWeek!.DoneKm.ShouldBe(0);
        list[1].Race.Distance.ShouldBe(PlanAudience.Marathon);
    }

    private static async Task SharesAsync(TestDatabase app, TestMember member, SeasonProfileForm? form = null)
    {
        app.User.SignIn(member.UserId, Roles.Runner);
        var profile = form ?? SeasonServiceTests.Marathon();
        profile.SharesSeasonWithCoaches = true;
        (await app.Get<IUseCases>().SendAsync(new SaveSeasonProfile(profile), Ct)).Succeeded.ShouldBeTrue();
    }
}
