using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Seasons;

/// <summary>The member's last race and goal race, as the form on "My off-season" posts them.</summary>
public sealed class SeasonProfileForm
{
    public DateOnly? LastRaceDate { get; set; }

    public PlanAudience LastRaceDistance { get; set; } = PlanAudience.Marathon;

    /// <summary>"3:45:10" or "3:45"; optional.</summary>
    public string? FinishTime { get; set; }

    /// <summary>3 or 4; empty means the default for the distance (4 after a full, 3 after a half).</summary>
    public int? RecoveryWeeks { get; set; }

    public string? GoalRaceName { get; set; }

    public DateOnly? GoalRaceDate { get; set; }

    /// <summary>In <see cref="Unit"/>.</summary>
    public decimal? GoalRaceDistance { get; set; }

    public DistanceUnit Unit { get; set; } = DistanceUnit.Kilometres;

    public bool SharesSeasonWithCoaches { get; set; }

    public bool HasGoal => !string.IsNullOrWhiteSpace(GoalRaceName) || GoalRaceDate is not null || GoalRaceDistance is not null;
}

/// <summary>
/// One line of the training log as the member posts it: a planned session (<see cref="Slot"/> set) done or
/// skipped, or another run (<see cref="Slot"/> empty).
/// </summary>
public sealed class LogEntryForm
{
    public DateOnly? Date { get; set; }

    /// <summary>Which session of that day (0 for the first); empty for another run.</summary>
    public int? Slot { get; set; }

    public bool Skipped { get; set; }

    /// <summary>What to call another run, e.g. "Trail run with friends"; optional.</summary>
    public string? Title { get; set; }

    /// <summary>In <see cref="Unit"/>.</summary>
    public decimal? Distance { get; set; }

    public DistanceUnit Unit { get; set; } = DistanceUnit.Kilometres;

    /// <summary>"45", "45:30" or "1:05:00".</summary>
    public string? Duration { get; set; }

    public int? Effort { get; set; }

    public string? Note { get; set; }

    public bool IsAnotherRun => Slot is null;
}

internal static class UnitConversion
{
    public static decimal ToKm(decimal value, DistanceUnit unit) =>
        unit == DistanceUnit.Miles ? Math.Round(value * DistanceRange.KmPerMile, 2) : value;
}
