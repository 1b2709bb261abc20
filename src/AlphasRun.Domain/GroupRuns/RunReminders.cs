using AlphasRun.Domain.Runners;

namespace AlphasRun.Domain.GroupRuns;

/// <summary>
/// The club's default reminder times: <paramref name="EveningRunLead"/> before a run that starts at or after
/// <paramref name="MorningRunBefore"/>; at <paramref name="EveningBeforeAt"/> the day before for an earlier (morning) run.
/// </summary>
public sealed record ReminderPolicy(TimeSpan EveningRunLead, TimeOnly MorningRunBefore, TimeOnly EveningBeforeAt)
{
    /// <summary>3 hours before an evening run; 8:00 pm the evening before a run that starts before noon.</summary>
    public static ReminderPolicy Default { get; } = new(TimeSpan.FromHours(3), new TimeOnly(12, 0), new TimeOnly(20, 0));
}

/// <summary>Why a queued reminder is or is not sent when its turn comes.</summary>
public enum ReminderVerdict
{
    Send,
    RunCancelled,
    NotRegistered,
    TurnedOff,
    RunStarted,
}

/// <summary>
/// When a member's reminder for a run is due, and whether it still goes out. Wall-clock rules ("8:00 pm the
/// evening before") are worked out in the club's time zone for that date, so they hold across DST changes;
/// "hours before" are real elapsed hours.
/// </summary>
public static class RunReminders
{
    /// <summary>The instant the reminder is due, or null when the member turned reminders off.</summary>
    public static DateTime? DueUtc(DateTime startUtc, TimeZoneInfo zone, ReminderChoice choice, ReminderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(policy);
        var start = DateTime.SpecifyKind(startUtc, DateTimeKind.Utc);
        var local = TimeZoneInfo.ConvertTimeFromUtc(start, zone);
        return choice switch
        {
            ReminderChoice.Off => null,
            ReminderChoice.OneHourBefore => start.AddHours(-1),
            ReminderChoice.ThreeHoursBefore => start.AddHours(-3),
            ReminderChoice.EveningBefore => EveningBefore(local, zone, policy),
            _ => TimeOnly.FromDateTime(local) < policy.MorningRunBefore ? EveningBefore(local, zone, policy) : start - policy.EveningRunLead,
        };
    }

    /// <summary>How long before the start the reminder is due (a calendar alarm's offset), or null when off.</summary>
    public static TimeSpan? LeadTime(DateTime startUtc, TimeZoneInfo zone, ReminderChoice choice, ReminderPolicy policy) =>
        DueUtc(startUtc, zone, choice, policy) is { } due ? DateTime.SpecifyKind(startUtc, DateTimeKind.Utc) - due : null;

    /// <summary>
    /// True when the sweep should queue the reminder now: it is due, the run has not started, and the member's
    /// place was confirmed before the reminder time (someone who registers later has just had the confirmation email).
    /// </summary>
    public static bool ShouldQueue(DateTime dueUtc, DateTime startUtc, DateTime confirmedSinceUtc, DateTime nowUtc) =>
        dueUtc <= nowUtc && nowUtc < startUtc && confirmedSinceUtc < dueUtc;

    /// <summary>The check made again when a queued reminder is sent: things may have changed since it was queued.</summary>
    public static ReminderVerdict CheckBeforeSending(OccurrenceStatus run, RegistrationStatus? registration, ReminderChoice choice, DateTime startUtc, DateTime nowUtc)
    {
        if (run == OccurrenceStatus.Cancelled)
        {
            return ReminderVerdict.RunCancelled;
        }

        if (registration != RegistrationStatus.Confirmed)
        {
            return ReminderVerdict.NotRegistered;
        }

        if (choice == ReminderChoice.Off)
        {
            return ReminderVerdict.TurnedOff;
        }

        return nowUtc >= startUtc ? ReminderVerdict.RunStarted : ReminderVerdict.Send;
    }

    private static DateTime EveningBefore(DateTime local, TimeZoneInfo zone, ReminderPolicy policy) =>
        OccurrencePlanner.ToUtc(DateOnly.FromDateTime(local).AddDays(-1), policy.EveningBeforeAt, zone);
}
