using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Domain.Tests.Seasons;

/// <summary>The crew's marathon week as seeded: Tue/Thu medium 10–12, Sat easy 5–6, Sun long 16–18 (41–48 km).</summary>
internal static class SeasonTestData
{
    public static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
    public static readonly Guid Tuesday = Guid.NewGuid();
    public static readonly Guid Thursday = Guid.NewGuid();
    public static readonly Guid Sunday = Guid.NewGuid();

    public static PlanContent MarathonWeek(decimal longMin = 16, decimal longMax = 18) => new([new PlanWeek(1,
    [
        new PlanSession(DayOfWeek.Monday, SessionType.Rest, null, "Rest day"),
        new PlanSession(DayOfWeek.Tuesday, SessionType.MediumRun, DistanceRange.Create(10, 12), "Medium run", groupRunScheduleId: Tuesday),
        new PlanSession(DayOfWeek.Wednesday, SessionType.Strength, null, "Strength"),
        new PlanSession(DayOfWeek.Thursday, SessionType.MediumRun, DistanceRange.Create(10, 12), "Medium run", groupRunScheduleId: Thursday),
        new PlanSession(DayOfWeek.Friday, SessionType.Rest, null, "Rest day"),
        new PlanSession(DayOfWeek.Saturday, SessionType.EasyRun, DistanceRange.Create(5, 6), "Easy run"),
        new PlanSession(DayOfWeek.Sunday, SessionType.LongRun, DistanceRange.Create(longMin, longMax), "Long run", groupRunScheduleId: Sunday),
    ])]);

    public static PlanVersion Version(int number, DateTime publishedUtc, PlanContent content) =>
        new(Guid.NewGuid(), Guid.Empty, number, "Off-season week for marathoners", PlanAudience.Marathon, "", content, publishedUtc, "coach", "");

    public static PlanVersion[] OneVersion() => [Version(1, new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc), MarathonWeek())];

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
