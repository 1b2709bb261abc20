using AlphasRun.Domain.Common;
using AlphasRun.Domain.Runners;
using AlphasRun.Domain.Seasons;

namespace AlphasRun.Application.Seasons;

/// <summary>What the member's own season use cases share: the caller's runner, and the form ↔ domain mapping.</summary>
public static class MySeason
{
    public const string GoalRaceDefaultName = "Goal race";

    public static string KindText(LogEntryKind kind) => kind switch
    {
        LogEntryKind.Done => "Done",
        LogEntryKind.Skipped => "Skipped",
        LogEntryKind.Extra => "Another run",
        _ => kind.ToString(),
    };

    /// <summary>The caller's own runner (from the sign-in, never from a parameter), or null when the account has none.</summary>
    internal static Task<Runner?> RunnerOfAsync(IAlphasRunDb db, Caller caller, CancellationToken cancellationToken) =>
        db.Runners.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == caller.Member, cancellationToken);

    internal static RaceDetails RaceOf(SeasonProfileForm form)
    {
        GoalRace? goal = form.HasGoal
            ? new GoalRace(
                string.IsNullOrWhiteSpace(form.GoalRaceName) ? GoalRaceDefaultName : form.GoalRaceName.Trim(),
                form.GoalRaceDate!.Value,
                form.GoalRace!.Value.Km)
            : null;
        TimeSpan? finish = RunDuration.TryParse(form.FinishTime, twoPartsAreHours: true, out var t) ? t : null;
        return new RaceDetails(form.LastRaceDate!.Value, form.LastRaceDistance, finish, form.RecoveryWeeks ?? RaceDetails.DefaultRecoveryWeeks(form.LastRaceDistance), goal);
    }

    internal static RunReport ReportOf(LogEntryForm form) => new(
        form.Ran?.Km,
        RunDuration.TryParse(form.Duration, twoPartsAreHours: false, out var t) ? t : null,
        form.Effort,
        form.Note);

    internal static SeasonProfileForm FormOf(SeasonProfile profile, DistanceUnit unit) => new()
    {
        LastRaceDate = profile.LastRaceDate,
        LastRaceDistance = profile.LastRaceDistance,
        FinishTime = profile.FinishTime is { } f ? $"{(int)f.TotalHours}:{f.Minutes:00}:{f.Seconds:00}" : null,
        RecoveryWeeks = profile.RecoveryWeeks,
        GoalRaceName = profile.HasGoalRace ? profile.GoalRaceName : null,
        GoalRaceDate = profile.GoalRaceDate,
        GoalRaceDistance = profile.GoalRaceDistanceKm is { } km ? Distance.FromKm(km).ToInput(unit) : null,
        Unit = unit,
        SharesSeasonWithCoaches = profile.SharesSeasonWithCoaches,
    };

}
