using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Runners;

namespace AlphasRun.Application.Notifications;

/// <summary>Settings under <c>AlphasRun:Reminders</c>: the club's default reminder times (members may choose their own).</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "AlphasRun:Reminders";

    /// <summary><c>false</c> stops reminder emails for everyone (calendar alarms follow each member's choice regardless).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long before an evening run the reminder goes out (default 3 hours).</summary>
    public TimeSpan EveningRunLead { get; set; } = TimeSpan.FromHours(3);

    /// <summary>A run that starts before this local time is a morning run (default noon).</summary>
    public TimeOnly MorningRunBefore { get; set; } = new(12, 0);

    /// <summary>The local time of the day before at which a morning run's reminder goes out (default 8:00 pm).</summary>
    public TimeOnly EveningBeforeAt { get; set; } = new(20, 0);

    /// <summary>How often each instance looks for reminders that have become due (default a minute).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    public ReminderPolicy Policy => new(EveningRunLead, MorningRunBefore, EveningBeforeAt);

    internal bool IsValid =>
        EveningRunLead > TimeSpan.Zero && EveningRunLead <= TimeSpan.FromHours(24)
        && SweepInterval >= TimeSpan.FromSeconds(1) && SweepInterval <= TimeSpan.FromHours(1);

    /// <summary>What each choice means, in the words the profile page and emails use.</summary>
    public string Describe(ReminderChoice choice) => choice switch
    {
        ReminderChoice.Off => "No reminders",
        ReminderChoice.OneHourBefore => "1 hour before the run",
        ReminderChoice.ThreeHoursBefore => "3 hours before the run",
        ReminderChoice.EveningBefore => $"The evening before, at {Format(EveningBeforeAt)}",
        _ => $"The crew's default: {Hours(EveningRunLead)} before an evening run, {Format(EveningBeforeAt)} the evening before a morning run",
    };

    private static string Format(TimeOnly time) => time.ToString("h:mm tt", Common.ClubClock.Culture);

    private static string Hours(TimeSpan lead) => lead.TotalMinutes % 60 == 0
        ? (lead.TotalHours == 1 ? "1 hour" : $"{lead.TotalHours:0} hours")
        : $"{lead.TotalMinutes:0} minutes";
}
