using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Domain.Seasons;

/// <summary>
/// A member's race profile: the race their off-season starts from, how long they recover, an optional goal
/// race, and whether coaches may see their season. One per runner.
/// </summary>
public sealed class SeasonProfile
{
    public const int GoalRaceNameMax = 120;

    public SeasonProfile(Guid id, Guid runnerId, RaceDetails race, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(race);
        Id = id;
        RunnerId = runnerId;
        GoalRaceName = string.Empty;
        Apply(race, nowUtc);
    }

    private SeasonProfile()
    {
        GoalRaceName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RunnerId { get; private set; }

    /// <summary>The date of the last race, in the club's time zone.</summary>
    public DateOnly LastRaceDate { get; private set; }

    /// <summary>Half or full marathon: also which of the crew's plans the off-season follows.</summary>
    public PlanAudience LastRaceDistance { get; private set; }

    public TimeSpan? FinishTime { get; private set; }

    /// <summary>3 or 4.</summary>
    public int RecoveryWeeks { get; private set; }

    /// <summary>Empty when no goal race is set.</summary>
    public string GoalRaceName { get; private set; }

    public DateOnly? GoalRaceDate { get; private set; }

    public decimal? GoalRaceDistanceKm { get; private set; }

    /// <summary>The member's consent: coaches see this season only while it is true.</summary>
    public bool SharesSeasonWithCoaches { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public bool HasGoalRace => GoalRaceDate is not null;

    public RaceDetails Race => new(LastRaceDate, LastRaceDistance, FinishTime, RecoveryWeeks, GoalRaceDate is null ? null : new GoalRace(GoalRaceName, GoalRaceDate.Value, GoalRaceDistanceKm!.Value));

    /// <summary>Changes the races; the season is recomputed from them, log entries are kept as they are.</summary>
    public void Update(RaceDetails race, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(race);
        Apply(race, nowUtc);
    }

    public void ShareWithCoaches(bool share, DateTime nowUtc)
    {
        SharesSeasonWithCoaches = share;
        UpdatedUtc = nowUtc;
    }

    private void Apply(RaceDetails race, DateTime nowUtc)
    {
        if (race.RecoveryWeeks is not (3 or 4))
        {
            throw new DomainException("Recovery lasts 3 or 4 weeks.");
        }

        if (race.Goal is { } goal && goal.Date <= race.Date)
        {
            throw new DomainException(SeasonRules.GoalBeforeLastRace);
        }

        LastRaceDate = race.Date;
        LastRaceDistance = race.Distance;
        FinishTime = race.FinishTime;
        RecoveryWeeks = race.RecoveryWeeks;
        GoalRaceName = race.Goal?.Name ?? string.Empty;
        GoalRaceDate = race.Goal?.Date;
        GoalRaceDistanceKm = race.Goal?.DistanceKm;
        UpdatedUtc = nowUtc;
    }
}

/// <summary>The last race and the optional goal race, as the season calculation reads them.</summary>
public sealed record RaceDetails(DateOnly Date, PlanAudience Distance, TimeSpan? FinishTime, int RecoveryWeeks, GoalRace? Goal = null)
{
    /// <summary>4 weeks after a full marathon, 3 after a half (the guide's "at least 3–4 weeks").</summary>
    public static int DefaultRecoveryWeeks(PlanAudience distance) => distance == PlanAudience.Marathon ? 4 : 3;
}

public sealed record GoalRace(string Name, DateOnly Date, decimal DistanceKm);
