namespace AlphasRun.Domain.Plans;

public static class TrainingWeek
{
    /// <summary>Monday first: plans and the crew's calendar read Monday to Sunday.</summary>
    public static IReadOnlyList<DayOfWeek> Days { get; } =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];
}
