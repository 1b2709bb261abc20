using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.Calendar.ClubFeed;
using AlphasRun.Application.GroupRuns.Calendar.NewCalendarToken;
using AlphasRun.Application.GroupRuns.Calendar.PersonalFeed;
using AlphasRun.Application.GroupRuns.Roster.AddWalkIn;
using AlphasRun.Application.GroupRuns.Roster.CheckInRunner;
using AlphasRun.Application.GroupRuns.Roster.ExportRosterCsv;
using AlphasRun.Application.GroupRuns.Roster.GetRoster;
using AlphasRun.Application.GroupRuns.Roster.MemberAttendance;
using AlphasRun.Application.GroupRuns.Schedules.CancelRun;
using AlphasRun.Application.GroupRuns.Schedules.ListSchedules;
using AlphasRun.Application.GroupRuns.Schedules.ReinstateRun;
using AlphasRun.Application.GroupRuns.Schedules.SaveSchedule;
using AlphasRun.Application.GroupRuns.Upcoming.ComingRuns;
using AlphasRun.Application.GroupRuns.Upcoming.GetRunDetails;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Domain.GroupRuns;
using Ical.Net;

namespace AlphasRun.Application.Tests.GroupRuns;

public sealed class CoachRunServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Runner)]
    public async Task CoachActions_ByAnyoneButACoachOrAdmin_AreRefusedByTheService(string? role)
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        if (role is not null)
        {
            app.User.SignIn("someone", role);
        }

        (await app.SendAsync(new CancelRun(run, "Ice storm"))).IsForbidden.ShouldBeTrue();
        (await app.SendAsync(new ListSchedules())).IsForbidden.ShouldBeTrue();
        (await app.SendAsync(new SaveSchedule(new ScheduleForm { Name = "x" }))).IsForbidden.ShouldBeTrue();
        (await app.SendAsync(new GetRoster(run))).IsForbidden.ShouldBeTrue();
        (await app.SendAsync(new CheckInRunner(run, Guid.NewGuid(), true))).IsForbidden.ShouldBeTrue();
        (await app.SendAsync(new AddWalkIn(run, "Walk In", null))).IsForbidden.ShouldBeTrue();
        (await app.SendAsync(new ExportRosterCsv(run))).IsForbidden.ShouldBeTrue();
        (await app.SendAsync(new MemberAttendance())).IsForbidden.ShouldBeTrue();
    }

    [Fact]
    public async Task CancelRunAsync_EmailsEveryoneRegistered_AndShowsTheReasonEverywhere()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Thursday);
        var (a, b, _) = await RegistrationServiceTests.ThreeAsync(app);
        await RegistrationServiceTests.RegisterAs(app, a, run);
        await RegistrationServiceTests.RegisterAs(app, b, run);
        await app.ForgetQueuedMailAsync(); // the set-up registrations' confirmations

        app.User.SignIn("coach", Roles.Coach);
        (await app.SendAsync(new CancelRun(run, ""))).Message.ShouldBe("Say why the run is cancelled, e.g. \"ice storm\".");
        (await app.SendAsync(new CancelRun(run, new string('x', 10_000)))).Problems.ShouldHaveSingleItem().Field.ShouldBe("Reason");
        (await app.DeliverMailAsync()).ShouldBe(0);
        (await app.SendAsync(new CancelRun(run, "Ice storm"))).Succeeded.ShouldBeTrue();
        (await app.DeliverMailAsync()).ShouldBe(2);

        app.Mail.Sent.Select(m => m.To).Order().ShouldBe(new[] { a.Email, b.Email }.Order());
        app.Mail.Sent.ShouldAllBe(m => m.Body.Contains("is cancelled: Ice storm"));
        var listed = (await app.SendAsync(new ComingRuns(14))).Single(r => r.Id == run);
        listed.Status.ShouldBe(OccurrenceStatus.Cancelled);
        listed.CancellationReason.ShouldBe("Ice storm");

        (await app.SendAsync(new ReinstateRun(run))).Succeeded.ShouldBeTrue();
        (await app.SendAsync(new GetRunDetails(run))).Value!.Run.Status.ShouldBe(OccurrenceStatus.Scheduled);
    }

    [Fact]
    public async Task SaveScheduleAsync_CapacityBelowConfirmed_IsRefused_AndARiseFillsFromTheWaitlist()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        app.User.SignIn("coach", Roles.Coach);
        var schedule = (await app.SendAsync(new ListSchedules())).Value!.Single(s => s.Day == DayOfWeek.Tuesday);
        var form = schedule.ToForm();
        form.Capacity = 1;
        (await app.SendAsync(new SaveSchedule(form))).Succeeded.ShouldBeTrue();
        var (a, b, c) = await RegistrationServiceTests.ThreeAsync(app);
        await RegistrationServiceTests.RegisterAs(app, a, run);
        await RegistrationServiceTests.RegisterAs(app, b, run);
        await RegistrationServiceTests.RegisterAs(app, c, run);

        app.User.SignIn("coach", Roles.Coach);
        form.Capacity = 2;
        (await app.SendAsync(new SaveSchedule(form))).Succeeded.ShouldBeTrue();
        form.Capacity = 1;
        var lower = await app.SendAsync(new SaveSchedule(form));

        lower.Problems.ShouldHaveSingleItem().Field.ShouldBe(nameof(ScheduleForm.Capacity));
        lower.Message.ShouldContain("2 runners are already confirmed");
        var roster = (await app.SendAsync(new GetRoster(run))).Value!;
        roster.Confirmed.ShouldBe(2);
        roster.Waitlist.ShouldHaveSingleItem().Name.ShouldBe("runner2 Test");
    }

    [Fact]
    public async Task SaveScheduleAsync_BadInput_ExplainsEachField()
    {
        await using var app = await TestDatabase.StartAsync();
        app.User.SignIn("coach", Roles.Coach);

        var result = await app.SendAsync(new SaveSchedule(new ScheduleForm { Name = new string('x', 10_000), StartTime = "25:99", Capacity = 0, PaceGroups = "fast, 5:00" }));

        result.Problems.Select(p => p.Field).ShouldBe(
            [nameof(ScheduleForm.Name), nameof(ScheduleForm.StartTime), nameof(ScheduleForm.LocationId), nameof(ScheduleForm.Capacity), nameof(ScheduleForm.PaceGroups)],
            ignoreOrder: true);
    }

    [Fact]
    public async Task Roster_GroupsByPaceGroup_ChecksInAndAddsWalkIns_AndExportsCsv()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Sunday);
        var (a, b, _) = await RegistrationServiceTests.ThreeAsync(app);
        await RegistrationServiceTests.RegisterAs(app, a, run, "5:00");
        await RegistrationServiceTests.RegisterAs(app, b, run, "6:30");
        app.User.SignIn("coach", Roles.Coach);
        var roster = app.Get<IUseCases>();

        var entry = (await roster.SendAsync(new GetRoster(run), Ct)).Value!.Groups.Single(g => g.PaceGroup == "5:00").Runners.Single();
        (await roster.SendAsync(new CheckInRunner(run, entry.RegistrationId, true), Ct)).Succeeded.ShouldBeTrue();
        (await roster.SendAsync(new AddWalkIn(run, "=cmd|' /C calc'!A0", "5:45"), Ct)).Succeeded.ShouldBeTrue();
        (await roster.SendAsync(new AddWalkIn(run, "  ", null), Ct)).Message.ShouldBe("Enter the runner's name.");

        var after = (await roster.SendAsync(new GetRoster(run), Ct)).Value!;
        after.Groups.Select(g => g.PaceGroup).ShouldBe(["5:00", "5:45", "6:30"]);
        after.CheckedIn.ShouldBe(2);
        var export = (await roster.SendAsync(new ExportRosterCsv(run), Ct)).Value!;
        var csv = export.Content;
        csv.ShouldContain(",5:00,runner0 Test,Half marathon,Registered,yes,,");
        csv.ShouldContain(",6:30,runner1 Test,Half marathon,Registered,no,,");
        csv.ShouldContain("\"'=cmd|' /C calc'!A0\"");
        csv.ShouldContain(",5:45,\"'=cmd|' /C calc'!A0\",,Walk-in,yes,,");
        csv.ShouldNotContain("HalfMarathon");
        csv.ShouldNotContain("WalkIn");
        export.FileName.ShouldMatch(@"^roster-\d{4}-\d\d-\d\d-[a-z0-9-]+\.csv$");
        export.FileName.ShouldContain(after.Run.LocalStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Attendance_CountsRegisteredAttendedAndNoShows()
    {
        await using var app = await TestDatabase.StartAsync();
        var tuesday = await app.NextRunAsync(DayOfWeek.Tuesday);
        var thursday = await app.NextRunAsync(DayOfWeek.Thursday);
        var (a, _, _) = await RegistrationServiceTests.ThreeAsync(app);
        await RegistrationServiceTests.RegisterAs(app, a, tuesday);
        await RegistrationServiceTests.RegisterAs(app, a, thursday);
        app.User.SignIn("coach", Roles.Coach);
        var entry = (await app.SendAsync(new GetRoster(tuesday))).Value!.Groups.SelectMany(g => g.Runners).Single();
        await app.SendAsync(new CheckInRunner(tuesday, entry.RegistrationId, true));

        app.Clock.Advance(TimeSpan.FromDays(10));
        var attendance = (await app.SendAsync(new MemberAttendance())).Value!.Single(m => m.UserId == a.UserId).Attendance;

        attendance.ShouldBe(new AttendanceDto(Registered: 2, Attended: 1, NoShows: 1));
    }

    [Fact]
    public async Task CalendarFeeds_ParseBack_WithTimeZoneStableUidsAndCancelledStatus()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Thursday);
        var (member, _, _) = await RegistrationServiceTests.ThreeAsync(app);
        await RegistrationServiceTests.RegisterAs(app, member, run);
        app.User.SignIn(member.UserId, Roles.Runner);
        var token = (await app.SendAsync(new NewCalendarToken())).Value!;
        app.User.SignIn("coach", Roles.Coach);
        await app.SendAsync(new CancelRun(run, "Ice storm"));

        var club = Calendar.Load(await app.SendAsync(new ClubFeed()))!;
        var personal = Calendar.Load((await app.SendAsync(new PersonalFeed(token)))!)!;
        var again = Calendar.Load(await app.SendAsync(new ClubFeed()))!;

        club.Events.Count.ShouldBe(24);
        club.Events.Select(e => e.Uid).ShouldBe(again.Events.Select(e => e.Uid));
        club.Events.ShouldAllBe(e => e.Start!.TzId == "America/Toronto" && e.Location!.Contains("Panera Bread"));
        club.Events.Where(e => e.Start!.Value.DayOfWeek != DayOfWeek.Sunday).ShouldAllBe(e => e.Start!.Value.Hour == 18);
        var mine = personal.Events.ShouldHaveSingleItem();
        mine.Status.ShouldBe("CANCELLED");
        mine.Sequence.ShouldBe(1);
        mine.Uid.ShouldBe($"{run:N}@alphasrun");

        app.User.SignIn(member.UserId, Roles.Runner);
        await app.SendAsync(new NewCalendarToken());
        (await app.SendAsync(new PersonalFeed(token))).ShouldBeNull(); // the old URL is revoked
    }
}
