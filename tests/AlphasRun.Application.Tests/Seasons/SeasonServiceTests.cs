using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.GroupRuns.Register.RegisterForRun;
using AlphasRun.Application.GroupRuns.Roster.CheckInRunner;
using AlphasRun.Application.GroupRuns.Roster.GetRoster;
using AlphasRun.Application.Runners.DeleteMyAccount;
using AlphasRun.Application.Runners.Join;
using AlphasRun.Application.Seasons;
using AlphasRun.Application.Seasons.ExportMyLog;
using AlphasRun.Application.Seasons.GetMySeason;
using AlphasRun.Application.Seasons.LogSession;
using AlphasRun.Application.Seasons.RemoveLogEntry;
using AlphasRun.Application.Seasons.SaveSeasonProfile;
using AlphasRun.Application.Seasons.ShareSeason;
using AlphasRun.Application.Tests.GroupRuns;
using AlphasRun.Application.Tests.Runners;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Seasons;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.Tests.Seasons;

/// <summary>
/// Today is Thursday 26 November 2026; the member's marathon was Sunday 18 October, so recovery ran to
/// 15 November and this is off-season week 2 (Monday 23 – Sunday 29 November).
/// </summary>
public sealed class SeasonServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static SeasonProfileForm Marathon() => new()
    {
        LastRaceDate = new DateOnly(2026, 10, 18),
        LastRaceDistance = PlanAudience.Marathon,
        FinishTime = "3:58:20",
    };

    [Fact]
    public async Task SaveMyProfileAsync_ThenGetMySeason_LaysOutRecoveryThenThePlanTiedToTheCrewRuns()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1))[0];
        app.User.SignIn(member.UserId, Roles.Runner);
        var service = app.Get<IUseCases>();

        (await service.SendAsync(new SaveSeasonProfile(Marathon()), Ct)).Succeeded.ShouldBeTrue();
        var season = (await service.SendAsync(new GetMySeason(DistanceUnit.Kilometres), Ct)).Value!.Season!;

        season.Race.RecoveryWeeks.ShouldBe(4);
        season.Weeks.Take(4).ShouldAllBe(w => w.Phase == SeasonPhase.Recovery);
        season.OffSeasonStarts.ShouldBe(new DateOnly(2026, 11, 16));
        season.PlanSlug.ShouldBe(PlanSlugs.Marathon);
        var thisWeek = season.ThisWeek!;
        thisWeek.Title.ShouldBe("Off-season week 2");
        thisWeek.Planned!.ToString().ShouldBe("41–48 km");
        season.TodaysSessions.ShouldHaveSingleItem().Title.ShouldBe("Medium run");
        var nextTuesday = season.Weeks.Single(w => w.Monday == new DateOnly(2026, 11, 30)).Sessions.Single(s => s.Date == new DateOnly(2026, 12, 1));
        nextTuesday.CrewRun.ShouldNotBeNull();
        nextTuesday.CrewRun.Name.ShouldBe("Tuesday evening run");
        nextTuesday.CrewRun.LocalStart.ShouldBe(new DateTime(2026, 12, 1, 18, 0, 0));
        nextTuesday.CrewRun.Registration.ShouldBeNull();

        (await app.SendAsync(new RegisterForRun(nextTuesday.CrewRun.OccurrenceId, "5:45"))).Succeeded.ShouldBeTrue();
        var after = (await service.SendAsync(new GetMySeason(DistanceUnit.Kilometres), Ct)).Value!.Season!;
        after.Weeks.SelectMany(w => w.Sessions).Single(s => s.Date == new DateOnly(2026, 12, 1)).CrewRun!.Registration!.Status.ShouldBe(RegistrationStatus.Confirmed);
    }

    [Fact]
    public async Task SaveMyProfileAsync_BadInput_SaysWhatIsWrongBesideEachFieldAndSavesNothing()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1))[0];
        app.User.SignIn(member.UserId, Roles.Runner);
        var service = app.Get<IUseCases>();

        var future = await service.SendAsync(new SaveSeasonProfile(new SeasonProfileForm { LastRaceDate = new DateOnly(2026, 11, 27), RecoveryWeeks = 2, FinishTime = "soon" }), Ct);
        var old = await service.SendAsync(new SaveSeasonProfile(new SeasonProfileForm { LastRaceDate = new DateOnly(2025, 11, 1) }), Ct);
        var goal = Marathon();
        goal.GoalRaceDate = new DateOnly(2026, 10, 1);
        goal.GoalRaceDistance = "150";
        var badGoal = await service.SendAsync(new SaveSeasonProfile(goal), Ct);

        future.Problems.ShouldContain(new Problem("Your last race can't be in the future.", nameof(SeasonProfileForm.LastRaceDate)));
        future.Problems.ShouldContain(p => p.Field == nameof(SeasonProfileForm.RecoveryWeeks) && p.Message == "Recovery lasts 3 or 4 weeks.");
        future.Problems.ShouldContain(p => p.Field == nameof(SeasonProfileForm.FinishTime));
        old.Problems.ShouldHaveSingleItem().Message.ShouldBe("Your last race must be within the last year.");
        badGoal.Problems.ShouldContain(new Problem(SeasonRules.GoalBeforeLastRace, nameof(SeasonProfileForm.GoalRaceDate)));
        badGoal.Problems.ShouldContain(new Problem("The distance can be at most 100 km.", nameof(SeasonProfileForm.GoalRaceDistance)));
        (await service.SendAsync(new GetMySeason(DistanceUnit.Kilometres), Ct)).Value!.Season.ShouldBeNull();
    }

    [Fact]
    public async Task LogAsync_DoneSkippedAndAnotherRun_ShowInTheWeekWithPaceAndPlannedVsDone()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1))[0];
        app.User.SignIn(member.UserId, Roles.Runner);
        var service = app.Get<IUseCases>();
        await service.SendAsync(new SaveSeasonProfile(Marathon()), Ct);

        (await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 24), Slot = 0, Distance = "11", Duration = "1:06:00", Effort = 5, Note = "Windy" }), Ct)).Succeeded.ShouldBeTrue();
        (await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 23), Slot = 0, Skipped = true }), Ct)).Succeeded.ShouldBeTrue();
        (await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 25), Title = "Trail with friends", Distance = "5", Unit = DistanceUnit.Miles, Duration = "50:00" }), Ct)).Succeeded.ShouldBeTrue();

        var week = (await service.SendAsync(new GetMySeason(DistanceUnit.Kilometres), Ct)).Value!.Season!.ThisWeek!;
        var tuesday = week.Sessions.Single(s => s.Date == new DateOnly(2026, 11, 24)).Log!;
        tuesday.Kind.ShouldBe(LogEntryKind.Done);
        tuesday.PaceSecondsPerKm.ShouldBe(360); // 66 min for 11 km: 6:00 per km
        tuesday.Planned!.ToString().ShouldBe("10–12 km");
        week.Sessions.Single(s => s.Date == new DateOnly(2026, 11, 23)).Log!.Kind.ShouldBe(LogEntryKind.Skipped);
        var other = week.OtherRuns.ShouldHaveSingleItem();
        other.Title.ShouldBe("Trail with friends");
        other.DistanceKm.ShouldBe(8.05m);
        week.DoneKm.ShouldBe(19.05m);
        week.Planned!.MinKm.ShouldBe(41);
    }

    [Fact]
    public async Task LogAsync_BadInput_SaysWhatIsWrongPerFieldAndSavesNothing()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1))[0];
        app.User.SignIn(member.UserId, Roles.Runner);
        var service = app.Get<IUseCases>();
        await service.SendAsync(new SaveSeasonProfile(Marathon()), Ct);

        var bad = await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 24), Slot = 0, Distance = "0", Duration = "25:00:00", Effort = 11, Note = new string('x', 1001) }), Ct);
        var tooFar = await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 24), Distance = "101" }), Ct);
        var tomorrow = await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 27), Distance = "5" }), Ct);
        var noDuration = await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 24), Distance = "5", Duration = "0" }), Ct);
        var offPlan = await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 24), Slot = 3, Distance = "5" }), Ct);

        bad.Problems.Select(p => p.Field).ShouldBe(["Distance", "Duration", "Effort", "Note"], ignoreOrder: true);
        bad.Problems.Single(p => p.Field == "Distance").Message.ShouldBe("The distance must be more than 0.");
        bad.Problems.Single(p => p.Field == "Duration").Message.ShouldBe("The time can be at most 24 hours.");
        bad.Problems.Single(p => p.Field == "Effort").Message.ShouldBe("Effort is a number from 1 (very easy) to 10 (all out).");
        bad.Problems.Single(p => p.Field == "Note").Message.ShouldBe("The note can be at most 1000 characters (it has 1001).");
        tooFar.Problems.ShouldHaveSingleItem().Message.ShouldBe("The distance can be at most 100 km.");
        tomorrow.Problems.ShouldHaveSingleItem().Message.ShouldBe("You can't log a run that hasn't happened yet.");
        noDuration.Problems.ShouldHaveSingleItem().Message.ShouldBe("The time must be more than 0.");
        offPlan.Message.ShouldStartWith("That session is not on your plan");
        await using var db = await app.Get<IAlphasRunDbFactory>().CreateAsync(Ct);
        (await db.TrainingLogEntries.CountAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task LogAsync_DistanceAsTyped_ReadsADecimalCommaAndNamesLimitsInTheMembersUnit()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1))[0];
        app.User.SignIn(member.UserId, Roles.Runner);
        var service = app.Get<IUseCases>();
        await service.SendAsync(new SaveSeasonProfile(Marathon()), Ct);

        var notANumber = await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 24), Title = "Tempo", Distance = "ten" }), Ct);
        var tooFarInMiles = await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 24), Title = "Tempo", Distance = "63", Unit = DistanceUnit.Miles }), Ct);
        var comma = await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 24), Title = "Tempo", Distance = "10,5", Duration = "52:30" }), Ct);

        notANumber.Problems.ShouldHaveSingleItem().ShouldBe(new Problem("Enter the distance as a number, e.g. 10.5.", "Distance"));
        tooFarInMiles.Problems.ShouldHaveSingleItem().Message.ShouldBe("The distance can be at most 62.1 mi.");
        comma.Succeeded.ShouldBeTrue();
        var run = (await service.SendAsync(new GetMySeason(DistanceUnit.Kilometres), Ct)).Value!.Season!.ThisWeek!.OtherRuns.ShouldHaveSingleItem();
        run.DistanceKm.ShouldBe(10.5m);
        run.PaceSecondsPerKm.ShouldBe(300);
    }

    [Fact]
    public async Task AMember_SeesAndChangesOnlyTheirOwnSeasonAndLog()
    {
        await using var app = await TestDatabase.StartAsync();
        var members = await app.AddMembersAsync(2);
        var service = app.Get<IUseCases>();
        app.User.SignIn(members[0].UserId, Roles.Runner);
        await service.SendAsync(new SaveSeasonProfile(Marathon()), Ct);
        await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 24), Distance = "8" }), Ct);
        var mine = (await service.SendAsync(new GetMySeason(DistanceUnit.Kilometres), Ct)).Value!.Season!.ThisWeek!.OtherRuns.Single().Id;

        app.User.SignIn(members[1].UserId, Roles.Runner);
        var theirs = await service.SendAsync(new GetMySeason(DistanceUnit.Kilometres), Ct);
        var remove = await service.SendAsync(new RemoveLogEntry(mine), Ct);
        var csv = (await service.SendAsync(new ExportMyLog(), Ct)).Value!;
        app.User.SignOut();
        var anonymous = await service.SendAsync(new GetMySeason(DistanceUnit.Kilometres), Ct);

        theirs.Value!.Season.ShouldBeNull();
        remove.IsNotFound.ShouldBeTrue();
        csv.Content.Trim().Split('\n').Length.ShouldBe(1); // the header only
        anonymous.IsForbidden.ShouldBeTrue();
        (await service.SendAsync(new SaveSeasonProfile(Marathon()), Ct)).IsForbidden.ShouldBeTrue();
        (await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 24), Distance = "8" }), Ct)).IsForbidden.ShouldBeTrue();
        app.User.SignIn(members[0].UserId, Roles.Runner);
        (await service.SendAsync(new GetMySeason(DistanceUnit.Kilometres), Ct)).Value!.Season!.ThisWeek!.OtherRuns.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task CheckIn_ByACoach_LogsTheCrewRunAsDoneWithoutADistance_AndUndoingRemovesIt()
    {
        await using var app = await TestDatabase.StartAsync();
        var (keeper, other, _) = await RegistrationServiceTests.ThreeAsync(app);
        app.User.SignIn(keeper.UserId, Roles.Runner);
        await app.Get<IUseCases>().SendAsync(new SaveSeasonProfile(Marathon()), Ct);
        var run = await app.NextRunAsync(DayOfWeek.Tuesday); // Tuesday 1 December
        await RegistrationServiceTests.RegisterAs(app, keeper, run);
        await RegistrationServiceTests.RegisterAs(app, other, run);

        app.User.SignIn("coach", Roles.Coach);
        var roster = app.Get<IUseCases>();
        var entries = (await roster.SendAsync(new GetRoster(run), Ct)).Value!.Groups.SelectMany(g => g.Runners).ToList();
        foreach (var entry in entries)
        {
            (await roster.SendAsync(new CheckInRunner(run, entry.RegistrationId, true), Ct)).Succeeded.ShouldBeTrue();
        }

        await roster.SendAsync(new CheckInRunner(run, entries[0].RegistrationId, true), Ct); // a second tap adds nothing

        app.User.SignIn(keeper.UserId, Roles.Runner);
        var season = (await app.Get<IUseCases>().SendAsync(new GetMySeason(DistanceUnit.Kilometres), Ct)).Value!.Season!;
        var week = season.Weeks.Single(w => w.Monday == new DateOnly(2026, 11, 30));
        var log = week.Sessions.Single(s => s.Date == new DateOnly(2026, 12, 1)).Log!;
        log.Kind.ShouldBe(LogEntryKind.Done);
        log.FromCheckIn.ShouldBeTrue();
        log.DistanceKm.ShouldBeNull();
        week.DoneKm.ShouldBe(10); // counted at the plan's minimum until the member fills it in
        week.Estimated.ShouldBeTrue();
        await using (var db = await app.Get<IAlphasRunDbFactory>().CreateAsync(Ct))
        {
            (await db.TrainingLogEntries.CountAsync(Ct)).ShouldBe(1); // the member without a season gets none
        }

        app.User.SignIn("coach", Roles.Coach);
        foreach (var entry in entries)
        {
            await roster.SendAsync(new CheckInRunner(run, entry.RegistrationId, false), Ct);
        }

        app.User.SignIn(keeper.UserId, Roles.Runner);
        (await app.Get<IUseCases>().SendAsync(new GetMySeason(DistanceUnit.Kilometres), Ct)).Value!.Season!.Weeks
            .SelectMany(w => w.Sessions).ShouldAllBe(s => s.Log == null);
    }

    [Fact]
    public async Task ExportMyLogCsvAsync_ListsTheLogByDateWithPaceAndDefusedNotes()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1))[0];
        app.User.SignIn(member.UserId, Roles.Runner);
        var service = app.Get<IUseCases>();
        await service.SendAsync(new SaveSeasonProfile(Marathon()), Ct);
        await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 22), Slot = 0, Distance = "17", Duration = "1:42:00", Effort = 6, Note = "=HYPERLINK(\"x\")" }), Ct);
        await service.SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 20), Title = "Treadmill, easy", Distance = "5", Duration = "30" }), Ct);

        var csv = (await service.SendAsync(new ExportMyLog(), Ct)).Value!;

        csv.FileName.ShouldBe("training-log-2026-11-26.csv");
        var lines = csv.Content.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        lines[0].ShouldBe("Date,Logged as,Session,Planned (km),Distance (km),Time,Pace (min/km),Effort (1-10),Note,From check-in");
        lines[1].ShouldBe("2026-11-20,Another run,\"Treadmill, easy\",,5,30:00,6:00,,,no");
        lines[2].ShouldBe("2026-11-22,Done,Long run,16-18,17,1:42:00,6:00,6,\"'=HYPERLINK(\"\"x\"\")\",no");
    }

    [Fact]
    public async Task DeleteMyAccount_RemovesTheSeasonAndTheLog()
    {
        await using var app = await TestDatabase.StartAsync();
        var userId = (await app.Get<IUseCases>().SendAsync(new JoinCrew(MembershipServiceTests.Form("season@example.com")), Ct)).Value!.UserId;
        app.User.SignIn(userId, Roles.Runner);
        await app.Get<IUseCases>().SendAsync(new SaveSeasonProfile(Marathon()), Ct);
        (await app.Get<IUseCases>().SendAsync(new LogSession(new LogEntryForm { Date = new DateOnly(2026, 11, 24), Distance = "8" }), Ct)).Succeeded.ShouldBeTrue();

        (await app.Get<IUseCases>().SendAsync(new DeleteMyAccount("a long enough password"), Ct)).Succeeded.ShouldBeTrue();

        await using var db = await app.Get<IAlphasRunDbFactory>().CreateAsync(Ct);
        (await db.SeasonProfiles.CountAsync(Ct)).ShouldBe(0);
        (await db.TrainingLogEntries.CountAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task SetSharingAsync_TurnsTheCoachesConsentOnAndOff()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1))[0];
        app.User.SignIn(member.UserId, Roles.Runner);
        var service = app.Get<IUseCases>();

        (await service.SendAsync(new ShareSeason(true), Ct)).Message.ShouldBe("Enter your last race first.");
        var form = Marathon();
        form.SharesSeasonWithCoaches = true;
        await service.SendAsync(new SaveSeasonProfile(form), Ct);
        (await service.SendAsync(new GetMySeason(DistanceUnit.Kilometres), Ct)).Value!.Season!.SharesWithCoaches.ShouldBeTrue();
        await service.SendAsync(new ShareSeason(false), Ct);

        var mine = (await service.SendAsync(new GetMySeason(DistanceUnit.Kilometres), Ct)).Value!;
        mine.Season!.SharesWithCoaches.ShouldBeFalse();
        mine.Form.SharesSeasonWithCoaches.ShouldBeFalse();
        mine.Form.FinishTime.ShouldBe("3:58:20");
    }
}
