using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.Seasons;

/// <summary>The limits on what a member enters for their season and log, and the messages they read.</summary>
public static class SeasonRules
{
    public const int NoteMax = 1000;
    public const int EffortMin = 1;
    public const int EffortMax = 10;
    public const decimal DistanceMaxKm = DistanceRange.LimitKm;
    public static readonly TimeSpan DurationMax = TimeSpan.FromHours(24);

    public const string GoalBeforeLastRace = "Your goal race must be after your last race.";

    // The wording of each rule, once: the Application's validators refuse with these beside the field, and the
    // Domain's own last-line checks (RunReport) say the same if a caller ever skips the validators.
    public const string LastRaceInFuture = "Your last race can't be in the future.";
    public const string LastRaceTooLongAgo = "Your last race must be within the last year.";
    public const string DistanceNotPositive = "The distance must be more than 0.";
    public const string DurationNotPositive = "The time must be more than 0.";
    public const string DurationTooLong = "The time can be at most 24 hours.";
    public static readonly string EffortOutOfRange = $"Effort is a number from {EffortMin} (very easy) to {EffortMax} (all out).";

    public static string DistanceTooFar(DistanceUnit unit) => $"The distance can be at most {Distance.FromKm(DistanceMaxKm).Format(unit)}.";

    public static string NoteTooLong(int length) => $"The note can be at most {NoteMax} characters (it has {length}).";
}
