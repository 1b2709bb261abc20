using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Seasons;
using static AlphasRun.Domain.Tests.Seasons.SeasonTestData;

namespace AlphasRun.Domain.Tests.Seasons;

public sealed class SeasonCalendarTests
{
    private static readonly DateOnly Today = D(2026, 11, 26);

    [Theory]
    [InlineData(PlanAudience.Marathon, 4, "2026-11-16")]
    [InlineData(PlanAudience.HalfMarathon, 3, "2026-11-09")]
    public void Build_AfterASundayRace_RecoversTheDefaultWeeksThenStartsTheOffSeasonOnMonday(PlanAudience distance, int weeks, string offSeason)
    {
        var race = new RaceDetails(D(2026, 10, 18), distance, null, RaceDetails.DefaultRecoveryWeeks(distance));

        var season = SeasonCalendar.Build(race, OneVersion(), Today, Toronto);

        race.RecoveryWeeks.ShouldBe(weeks);
        season.OffSeasonStarts.ShouldBe(DateOnly.Parse(offSeason, System.Globalization.CultureInfo.InvariantCulture));
        season.Weeks.Count(w => w.Phase == SeasonPhase.Recovery).ShouldBe(weeks);
        season.Weeks[0].Monday.ShouldBe(D(2026, 10, 19));
        season.Weeks.Where(w => w.Phase == SeasonPhase.Recovery).ShouldAllBe(w => w.Sessions.Count == 0);
        season.Weeks.First(w => w.Phase == SeasonPhase.OffSeason).PhaseWeek.ShouldBe(1);
    }

    [Fact]
    public void Build_AfterASaturdayRace_RecoversAtLeastThreeFullWeeksAndStartsOnTheNextMonday()
    {
        var race = new RaceDetails(D(2026, 10, 17), PlanAudience.HalfMarathon, null, 3);

        var season = SeasonCalendar.Build(race, OneVersion(), Today, Toronto);

        season.RecoveryEnds.ShouldBe(D(2026, 11, 7));
        season.OffSeasonStarts.ShouldBe(D(2026, 11, 9));
        season.Weeks[0].Monday.ShouldBe(D(2026, 10, 12)); // the race week: the Sunday after is recovery day 1
    }

    [Fact]
    public void Build_OffSeasonWeeks_RepeatThePlanWithEachSessionOnItsDate()
    {
        var race = new RaceDetails(D(2026, 10, 18), PlanAudience.Marathon, null, 4);

        var season = SeasonCalendar.Build(race, OneVersion(), Today, Toronto);

        var offSeason = season.Weeks.Where(w => w.Phase == SeasonPhase.OffSeason).ToList();
        offSeason.Count.ShouldBe(SeasonCalendar.OffSeasonWeeksShown);
        var week1 = offSeason[0];
        week1.Monday.ShouldBe(D(2026, 11, 16));
        week1.Sessions.Count.ShouldBe(7);
        var tuesday = week1.Sessions.Single(s => s.Date == D(2026, 11, 17));
        tuesday.Type.ShouldBe(SessionType.MediumRun);
        tuesday.GroupRunScheduleId.ShouldBe(Tuesday);
        week1.Sessions.Single(s => s.Date == D(2026, 11, 22)).Type.ShouldBe(SessionType.LongRun);
        week1.PlannedDistance!.MinKm.ShouldBe(41);
        week1.PlannedDistance.MaxKm.ShouldBe(48);
        offSeason[5].Sessions.Select(s => s.Title).ShouldBe(week1.Sessions.Select(s => s.Title));
    }

    [Fact]
    public void Build_WeeksAcrossTheAutumnChange_RunMondayToMondayOnTheClubClock()
    {
        // 1 November 2026: clocks go back at 2:00 (EDT UTC-4 → EST UTC-5).
        var race = new RaceDetails(D(2026, 9, 27), PlanAudience.HalfMarathon, null, 3);

        var season = SeasonCalendar.Build(race, OneVersion(), Today, Toronto);

        var week = season.WeekOf(D(2026, 11, 1))!;
        week.Monday.ShouldBe(D(2026, 10, 26));
        week.StartUtc.ShouldBe(new DateTime(2026, 10, 26, 4, 0, 0, DateTimeKind.Utc));
        week.EndUtc.ShouldBe(new DateTime(2026, 11, 2, 5, 0, 0, DateTimeKind.Utc));
        (week.EndUtc - week.StartUtc).TotalHours.ShouldBe(169);
        week.Sessions.Single(s => s.Type == SessionType.LongRun).Date.ShouldBe(D(2026, 11, 1));
        season.WeekOf(D(2026, 11, 2))!.StartUtc.ShouldBe(week.EndUtc);
    }

    [Fact]
    public void Build_WeeksAcrossTheSpringChange_RunMondayToMondayOnTheClubClock()
    {
        // 8 March 2026: clocks go forward at 2:00 (EST UTC-5 → EDT UTC-4).
        var race = new RaceDetails(D(2026, 2, 1), PlanAudience.HalfMarathon, null, 3);

        var season = SeasonCalendar.Build(race, OneVersion(), D(2026, 3, 5), Toronto);

        var week = season.WeekOf(D(2026, 3, 8))!;
        week.Phase.ShouldBe(SeasonPhase.OffSeason);
        week.Monday.ShouldBe(D(2026, 3, 2));
        week.StartUtc.ShouldBe(new DateTime(2026, 3, 2, 5, 0, 0, DateTimeKind.Utc));
        week.EndUtc.ShouldBe(new DateTime(2026, 3, 9, 4, 0, 0, DateTimeKind.Utc));
        (week.EndUtc - week.StartUtc).TotalHours.ShouldBe(167);
        week.Sessions.Single(s => s.Type == SessionType.LongRun).Date.ShouldBe(D(2026, 3, 8));
    }

    [Theory]
    [InlineData("2026-11-02T04:30:00Z", "2026-10-26")] // Sunday 23:30 EST, the day clocks went back
    [InlineData("2026-11-02T05:30:00Z", "2026-11-02")] // Monday 00:30 EST
    [InlineData("2026-03-09T03:30:00Z", "2026-03-02")] // Sunday 23:30 EDT, the day clocks went forward
    [InlineData("2026-03-09T04:30:00Z", "2026-03-09")] // Monday 00:30 EDT
    public void MondayOf_AnInstantNearMidnightAfterADstChange_IsTheClubsWeek(string utc, string monday)
    {
        var instant = DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal);

        ClubWeek.MondayOf(instant, Toronto).ShouldBe(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Build_PlanRepublishedMidSeason_ChangesOnlyWeeksStartingAfterThePublish()
    {
        var v1 = Version(1, new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc), MarathonWeek());
        var v2 = Version(2, new DateTime(2026, 11, 25, 17, 0, 0, DateTimeKind.Utc), MarathonWeek(18, 20)); // Wednesday
        var race = new RaceDetails(D(2026, 10, 18), PlanAudience.Marathon, null, 4);

        var season = SeasonCalendar.Build(race, [v2, v1], Today, Toronto);

        LongRun(season.WeekOf(D(2026, 11, 22))!).ShouldBe("16–18 km");
        season.WeekOf(D(2026, 11, 25))!.PlanVersion.ShouldBe(1); // the week under way keeps its plan
        LongRun(season.WeekOf(D(2026, 11, 25))!).ShouldBe("16–18 km");
        season.WeekOf(D(2026, 12, 1))!.PlanVersion.ShouldBe(2);
        LongRun(season.WeekOf(D(2026, 12, 1))!).ShouldBe("18–20 km");
    }

    [Fact]
    public void LogEntry_KeepsWhatWasPlannedWhenLogged_WhenALaterVersionChangesTheSession()
    {
        var v1 = Version(1, new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc), MarathonWeek());
        var race = new RaceDetails(D(2026, 10, 18), PlanAudience.Marathon, null, 4);
        var week = SeasonCalendar.Build(race, [v1], Today, Toronto).WeekOf(D(2026, 11, 22))!;
        var longRun = week.Sessions.Single(s => s.Type == SessionType.LongRun);
        var entry = TrainingLogEntry.Done(Guid.NewGuid(), Guid.NewGuid(), longRun, week.PlanVersion, new RunReport(17, TimeSpan.FromMinutes(102), 5, null), DateTime.UtcNow);

        var v2 = Version(2, new DateTime(2026, 11, 10, 17, 0, 0, DateTimeKind.Utc), MarathonWeek(18, 20));
        var after = SeasonCalendar.Build(race, [v1, v2], Today, Toronto).WeekOf(D(2026, 11, 22))!;

        LongRun(after).ShouldBe("18–20 km"); // the week now follows version 2 …
        entry.PlannedDistance!.ToString().ShouldBe("16–18 km"); // … but the logged run keeps what it was
        entry.PlanVersion.ShouldBe(1);
        entry.PaceSecondsPerKm.ShouldBe(360);
    }

    [Fact]
    public void Build_GoalRaceFiveWeeksOut_MarksTheLastWeeksBuildUpWithNoInventedSessions()
    {
        var race = new RaceDetails(D(2026, 9, 6), PlanAudience.HalfMarathon, null, 3, new GoalRace("Resolution Run 10K", D(2026, 12, 31), 10));

        var season = SeasonCalendar.Build(race, OneVersion(), Today, Toronto);

        season.BuildUpStarts.ShouldBe(D(2026, 11, 23));
        var buildUp = season.Weeks.Where(w => w.Phase == SeasonPhase.BuildUp).ToList();
        buildUp.Count.ShouldBe(SeasonCalendar.BuildUpWeeksShort);
        buildUp.ShouldAllBe(w => w.Sessions.Count == 0 && w.PlannedDistance == null);
        buildUp[^1].Contains(D(2026, 12, 31)).ShouldBeTrue();
        season.Weeks[^1].ShouldBe(buildUp[^1]); // the season ends with the goal race week
        season.Weeks.Count(w => w.Phase == SeasonPhase.OffSeason).ShouldBe(8);
    }

    [Fact]
    public void Build_MarathonGoalCloserThanTwelveWeeks_IsBuildUpStraightAfterRecovery()
    {
        var race = new RaceDetails(D(2026, 10, 18), PlanAudience.Marathon, null, 4, new GoalRace("Spring marathon", D(2026, 12, 31), 42.2m));

        var season = SeasonCalendar.Build(race, OneVersion(), Today, Toronto);

        season.BuildUpStarts.ShouldBe(season.OffSeasonStarts);
        season.Weeks.ShouldNotContain(w => w.Phase == SeasonPhase.OffSeason);
        season.Weeks.Count(w => w.Phase == SeasonPhase.Recovery).ShouldBe(4);
        SeasonCalendar.BuildUpWeeks(42.2m).ShouldBe(12);
        SeasonCalendar.BuildUpWeeks(21.1m).ShouldBe(8);
    }

    [Fact]
    public void Build_WithNoPublishedPlan_HasOffSeasonWeeksWithoutSessions()
    {
        var race = new RaceDetails(D(2026, 10, 18), PlanAudience.Marathon, null, 4);

        var season = SeasonCalendar.Build(race, [], Today, Toronto);

        season.HasPublishedPlan.ShouldBeFalse();
        season.Weeks.ShouldAllBe(w => w.Sessions.Count == 0);
    }

    private static string LongRun(SeasonWeek week) => week.Sessions.Single(s => s.Type == SessionType.LongRun).Distance!.ToString();
}
