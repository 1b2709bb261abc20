using AlphasRun.Application.Common.Security;
using AlphasRun.Application.GroupRuns;
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

        (await app.Get<CoachRunService>().CancelRunAsync(run, "Ice storm", Ct)).IsForbidden.ShouldBeTrue();
        (await app.Get<CoachRunService>().ListSchedulesAsync(Ct)).IsForbidden.ShouldBeTrue();
        (await app.Get<CoachRunService>().SaveScheduleAsync(new ScheduleForm { Name = "x" }, Ct)).IsForbidden.ShouldBeTrue();
        (await app.Get<RosterService>().GetRosterAsync(run, Ct)).IsForbidden.ShouldBeTrue();
        (await app.Get<RosterService>().CheckInAsync(run, Guid.NewGuid(), true, Ct)).IsForbidden.ShouldBeTrue();
        (await app.Get<RosterService>().AddWalkInAsync(run, "Walk In", null, Ct)).IsForbidden.ShouldBeTrue();
        (await app.Get<RosterService>().ExportCsvAsync(run, Ct)).IsForbidden.ShouldBeTrue();
        (await app.Get<AttendanceService>().ByUserAsync(Ct)).IsForbidden.ShouldBeTrue();
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
        (await app.Get<CoachRunService>().CancelRunAsync(run, "", Ct)).Message.ShouldBe("Say why the run is cancelled, e.g. \"ice storm\".");
        (await app.Get<CoachRunService>().CancelRunAsync(run, new string('x', 10_000), Ct)).Problems.ShouldHaveSingleItem().Field.ShouldBe("Reason");
        (await app.DeliverMailAsync()).ShouldBe(0);
        (await app.Get<CoachRunService>().CancelRunAsync(run, "Ice storm", Ct)).Succeeded.ShouldBeTrue();
        (await app.DeliverMailAsync()).ShouldBe(2);

        app.Mail.Sent.Select(m => m.To).Order().ShouldBe(new[] { a.Email, b.Email }.Order());
        app.Mail.Sent.ShouldAllBe(m => m.Body.Contains("is cancelled: Ice storm"));
        var listed = (await app.Get<RunCalendar>().GetUpcomingAsync(14, cancellationToken: Ct)).Single(r => r.Id == run);
        listed.Status.ShouldBe(OccurrenceStatus.Cancelled);
        listed.CancellationReason.ShouldBe("Ice storm");

        (await app.Get<CoachRunService>().ReinstateRunAsync(run, Ct)).Succeeded.ShouldBeTrue();
        (await app.Get<RunCalendar>().GetAsync(run, Ct))!.Status.ShouldBe(OccurrenceStatus.Scheduled);
    }

    [Fact]
    public async Task SaveScheduleAsync_CapacityBelowConfirmed_IsRefused_AndARiseFillsFromTheWaitlist()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        app.User.SignIn("coach", Roles.Coach);
        var schedule = (await app.Get<CoachRunService>().ListSchedulesAsync(Ct)).Value!.Single(s => s.Day == DayOfWeek.Tuesday);
        var form = schedule.ToForm();
        form.Capacity = 1;
        (await app.Get<CoachRunService>().SaveScheduleAsync(form, Ct)).Succeeded.ShouldBeTrue();
        var (a, b, c) = await RegistrationServiceTests.ThreeAsync(app);
        await RegistrationServiceTests.RegisterAs(app, a, run);
        await RegistrationServiceTests.RegisterAs(app, b, run);
        await RegistrationServiceTests.RegisterAs(app, c, run);

        app.User.SignIn("coach", Roles.Coach);
        form.Capacity = 2;
        (await app.Get<CoachRunService>().SaveScheduleAsync(form, Ct)).Succeeded.ShouldBeTrue();
        form.Capacity = 1;
        var lower = await app.Get<CoachRunService>().SaveScheduleAsync(form, Ct);

        lower.Problems.ShouldHaveSingleItem().Field.ShouldBe(nameof(ScheduleForm.Capacity));
        lower.Message.ShouldContain("2 runners are already confirmed");
        var roster = (await app.Get<RosterService>().GetRosterAsync(run, Ct)).Value!;
        roster.Confirmed.ShouldBe(2);
        roster.Waitlist.ShouldHaveSingleItem().Name.ShouldBe("runner2 Test");
    }

    [Fact]
    public async Task SaveScheduleAsync_BadInput_ExplainsEachField()
    {
        await using var app = await TestDatabase.StartAsync();
        app.User.SignIn("coach", Roles.Coach);

        var result = await app.Get<CoachRunService>().SaveScheduleAsync(
            new ScheduleForm { Name = new string('x', 10_000), StartTime = "25:99", Capacity = 0, PaceGroups = "fast, 5:00" }, Ct);

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
        var roster = app.Get<RosterService>();

        var entry = (await roster.GetRosterAsync(run, Ct)).Value!.Groups.Single(g => g.PaceGroup == "5:00").Runners.Single();
        (await roster.CheckInAsync(run, entry.RegistrationId, true, Ct)).Succeeded.ShouldBeTrue();
        (await roster.AddWalkInAsync(run, "=cmd|' /C calc'!A0", "5:45", Ct)).Succeeded.ShouldBeTrue();
        (await roster.AddWalkInAsync(run, "  ", null, Ct)).Message.ShouldBe("Enter the runner's name.");

        var after = (await roster.GetRosterAsync(run, Ct)).Value!;
        after.Groups.Select(g => g.PaceGroup).ShouldBe(["5:00", "5:45", "6:30"]);
        after.CheckedIn.ShouldBe(2);
        var export = (await roster.ExportCsvAsync(run, Ct)).Value!;
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
        var entry = (await app.Get<RosterService>().GetRosterAsync(tuesday, Ct)).Value!.Groups.SelectMany(g => g.Runners).Single();
        await app.Get<RosterService>().CheckInAsync(tuesday, entry.RegistrationId, true, Ct);

        app.Clock.Advance(TimeSpan.FromDays(10));
        var attendance = (await app.Get<AttendanceService>().ByUserAsync(Ct)).Value![a.UserId];

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
        var token = (await app.Get<RegistrationService>().RenewCalendarTokenAsync(Ct)).Value!;
        app.User.SignIn("coach", Roles.Coach);
        await app.Get<CoachRunService>().CancelRunAsync(run, "Ice storm", Ct);

        var club = Calendar.Load(await app.Get<CalendarFeeds>().ClubAsync(Ct))!;
        var personal = Calendar.Load((await app.Get<CalendarFeeds>().PersonalAsync(token, Ct))!)!;
        var again = Calendar.Load(await app.Get<CalendarFeeds>().ClubAsync(Ct))!;

        club.Events.Count.ShouldBe(24);
        club.Events.Select(e => e.Uid).ShouldBe(again.Events.Select(e => e.Uid));
        club.Events.ShouldAllBe(e => e.Start!.TzId == "America/Toronto" && e.Location!.Contains("Panera Bread"));
        club.Events.Where(e => e.Start!.Value.DayOfWeek != DayOfWeek.Sunday).ShouldAllBe(e => e.Start!.Value.Hour == 18);
        var mine = personal.Events.ShouldHaveSingleItem();
        mine.Status.ShouldBe("CANCELLED");
        mine.Sequence.ShouldBe(1);
        mine.Uid.ShouldBe($"{run:N}@alphasrun");

        app.User.SignIn(member.UserId, Roles.Runner);
        await app.Get<RegistrationService>().RenewCalendarTokenAsync(Ct);
        (await app.Get<CalendarFeeds>().PersonalAsync(token, Ct)).ShouldBeNull(); // the old URL is revoked
    }
}
