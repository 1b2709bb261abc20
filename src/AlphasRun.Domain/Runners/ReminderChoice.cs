namespace AlphasRun.Domain.Runners;

/// <summary>When a member wants the reminder email (and their calendar's alarm) before a run they're registered for.</summary>
public enum ReminderChoice
{
    /// <summary>The club's default: a few hours before an evening run, the evening before a morning run.</summary>
    ClubDefault = 0,

    /// <summary>No reminder emails and no calendar alarms.</summary>
    Off = 1,

    OneHourBefore = 2,

    ThreeHoursBefore = 3,

    /// <summary>The day before at the club's evening time (8:00 pm), whatever time the run starts.</summary>
    EveningBefore = 4,
}
