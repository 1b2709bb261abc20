using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Seasons;
using static AlphasRun.Domain.Tests.Seasons.SeasonTestData;

namespace AlphasRun.Domain.Tests.Seasons;

public sealed class SeasonProfileTests
{
    [Fact]
    public void Update_GoalRaceBeforeTheLastRace_IsRefused()
    {
        var profile = new SeasonProfile(Guid.NewGuid(), Guid.NewGuid(), new RaceDetails(D(2026, 10, 18), PlanAudience.Marathon, null, 4), DateTime.UtcNow);

        var refused = Should.Throw<DomainException>(() => profile.Update(
            new RaceDetails(D(2026, 10, 18), PlanAudience.Marathon, null, 4, new GoalRace("Old race", D(2026, 10, 1), 21.1m)), DateTime.UtcNow));

        refused.Message.ShouldBe(SeasonRules.GoalBeforeLastRace);
        profile.HasGoalRace.ShouldBeFalse();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void New_RecoveryOtherThanThreeOrFourWeeks_IsRefused(int weeks) =>
        Should.Throw<DomainException>(() => new SeasonProfile(Guid.NewGuid(), Guid.NewGuid(), new RaceDetails(D(2026, 10, 18), PlanAudience.HalfMarathon, null, weeks), DateTime.UtcNow));

    [Fact]
    public void RunReport_OutOfRange_NamesTheFieldInTheValidatorsWords()
    {
        new RunReport(0m, TimeSpan.Zero, 11, new string('a', 1001)).Problems().ShouldBe(
        [
            ("DistanceKm", "The distance must be more than 0."),
            ("Duration", "The time must be more than 0."),
            ("Effort", "Effort is a number from 1 (very easy) to 10 (all out)."),
            ("Note", "The note can be at most 1000 characters (it has 1001)."),
        ]);
        new RunReport(100.1m, TimeSpan.FromHours(24.01), 5, null).Problems().Select(p => p.Message)
            .ShouldBe(["The distance can be at most 100 km.", "The time can be at most 24 hours."]);
        SeasonRules.DistanceTooFar(DistanceUnit.Miles).ShouldBe("The distance can be at most 62.1 mi.");
        new RunReport(10m, TimeSpan.FromMinutes(55), 5, "easy").Problems().ShouldBeEmpty();
    }

    [Fact]
    public void MarkSkipped_ThenDone_KeepsThePlannedSnapshot()
    {
        var session = new PlannedSession(D(2026, 11, 29), 0, SessionType.LongRun, "Long run", DistanceRange.Create(16, 18), null, null, Sunday);
        var entry = TrainingLogEntry.Skipped(Guid.NewGuid(), Guid.NewGuid(), session, 1, DateTime.UtcNow);

        entry.MarkDone(new RunReport(21.1m, TimeSpan.FromHours(2), 7, "Felt great"), DateTime.UtcNow);

        entry.Kind.ShouldBe(LogEntryKind.Done);
        entry.PlannedDistance!.ToString().ShouldBe("16–18 km");
        entry.PaceSecondsPerKm.ShouldBe(341);
        Should.Throw<DomainException>(() => entry.MarkDone(new RunReport(-1, null, null, null), DateTime.UtcNow));
    }
}
