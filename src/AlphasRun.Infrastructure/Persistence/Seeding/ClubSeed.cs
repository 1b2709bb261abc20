namespace AlphasRun.Infrastructure.Persistence.Seeding;

/// <summary>Where and when the crew runs, with fixed ids so links and tests can rely on them.</summary>
internal static class ClubSeed
{
    public static readonly Guid PaneraBread = new("6a1f2e8e-0d55-4a4a-9d0a-5c3c6f0d7b01");
    public static readonly Guid TuesdayRun = new("6a1f2e8e-0d55-4a4a-9d0a-5c3c6f0d7b02");
    public static readonly Guid ThursdayRun = new("6a1f2e8e-0d55-4a4a-9d0a-5c3c6f0d7b04");
    public static readonly Guid SundayRun = new("6a1f2e8e-0d55-4a4a-9d0a-5c3c6f0d7b07");

    /// <summary>Starting pace groups in min/km; coaches change them per schedule.</summary>
    public static readonly string[] PaceGroups = ["5:00", "5:45", "6:30"];

    public const string LocationName = "Panera Bread";
    public const string LocationAddress = "Hwy 7 and Birchmount, Markham, Ontario";

    // The Panera Bread at Highway 7 and Birchmount Road, Markham.
    public const double Latitude = 43.8569;
    public const double Longitude = -79.3382;
}
