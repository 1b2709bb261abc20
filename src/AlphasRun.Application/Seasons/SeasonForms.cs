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

    /// <summary>As typed, in <see cref="Unit"/> ("26.2", "42,2"); read with <see cref="GoalRace"/>.</summary>
    public string? GoalRaceDistance { get; set; }

    public DistanceUnit Unit { get; set; } = DistanceUnit.Kilometres;

    public bool SharesSeasonWithCoaches { get; set; }

    public bool HasGoal => !string.IsNullOrWhiteSpace(GoalRaceName) || GoalRaceDate is not null || !string.IsNullOrWhiteSpace(GoalRaceDistance);

    /// <summary>The goal race distance read in <see cref="Unit"/>; null when empty or not a number.</summary>
    public Distance? GoalRace => DistanceInput.Read(GoalRaceDistance, Unit);
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

    /// <summary>As typed, in <see cref="Unit"/> ("10.5", "10,5"); read with <see cref="Ran"/>.</summary>
    public string? Distance { get; set; }

    public DistanceUnit Unit { get; set; } = DistanceUnit.Kilometres;

    /// <summary>The distance read in <see cref="Unit"/>; null when empty or not a number.</summary>
    public Distance? Ran => DistanceInput.Read(Distance, Unit);

    /// <summary>"45", "45:30" or "1:05:00".</summary>
    public string? Duration { get; set; }

    public int? Effort { get; set; }

    public string? Note { get; set; }

    public bool IsAnotherRun => Slot is null;
}

/// <summary>How a distance typed in a form is read: once, through <see cref="Distance"/>, kept to the nearest 10 m.</summary>
internal static class DistanceInput
{
    public const string NotANumber = "Enter the distance as a number, e.g. 10.5.";

    public static Distance? Read(string? text, DistanceUnit unit) =>
        Distance.TryParse(text, unit, out var distance) ? Distance.FromKm(Math.Round(distance.Km, 2)) : null;
}
