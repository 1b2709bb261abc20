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

    /// <summary>A last race is in the past, and at most a year ago (the off-season plan starts from it).</summary>
    public static string? CheckLastRaceDate(DateOnly date, DateOnly today)
    {
        if (date > today)
        {
            return "Your last race can't be in the future.";
        }

        return date < today.AddYears(-1) ? "Your last race must be within the last year." : null;
    }

    public static string? CheckDistanceKm(decimal km, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        if (km <= 0)
        {
            return "The distance must be more than 0.";
        }

        if (km > DistanceMaxKm)
        {
            return $"The distance can be at most {Distance.FromKm(DistanceMaxKm).Format(unit)}.";
        }

        return null;
    }

    public static string? CheckDuration(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return "The time must be more than 0.";
        }

        return duration > DurationMax ? "The time can be at most 24 hours." : null;
    }

    public static string? CheckEffort(int effort) =>
        effort is < EffortMin or > EffortMax ? $"Effort is a number from {EffortMin} (very easy) to {EffortMax} (all out)." : null;

    public static string? CheckNote(string? note) =>
        note is { Length: > NoteMax } ? $"The note can be at most {NoteMax} characters (it has {note.Length})." : null;
}
