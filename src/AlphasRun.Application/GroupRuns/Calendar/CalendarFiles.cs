using AlphasRun.Application.Notifications;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Runners;
using Microsoft.Extensions.Options;

namespace AlphasRun.Application.GroupRuns;

/// <summary>
/// One event of a calendar feed; the start is a UTC instant, written with the club's TZID. <paramref name="AlarmBefore"/>:
/// a reminder alarm (VALARM) this long before the start, or none.
/// </summary>
/// <remarks><see cref="AllDay"/>: a whole day on the club's calendar (the date of <see cref="StartUtc"/> there), e.g. a planned session with no set time.</remarks>
public sealed record CalendarEventDto(Guid Id, string Title, DateTime StartUtc, TimeSpan Duration, string Location, string Description, bool Cancelled, int Sequence, TimeSpan? AlarmBefore = null, bool AllDay = false);

/// <summary>Writes iCalendar text (implemented with Ical.Net in Infrastructure).</summary>
public interface ICalendarWriter
{
    string Write(string calendarName, IEnumerable<CalendarEventDto> events);
}

/// <summary>
/// Dated runs as calendar events: what the feeds (ClubFeed, RunFeed, PersonalFeed) write, and the files attached to
/// a member's emails. No authorization here: the feeds are public or behind a secret token, emails are the app's own.
/// </summary>
public sealed class CalendarFiles(IAlphasRunDbFactory dbFactory, ClubClock clock, ICalendarWriter writer, IOptions<ReminderOptions> reminders)
{
    private static readonly TimeSpan RunLength = TimeSpan.FromMinutes(90);

    internal string Write(string calendarName, IEnumerable<CalendarEventDto> events) => writer.Write(calendarName, events);

    /// <summary>
    /// Some runs as one calendar file for a member (an email's attachment), each with the alarm of the member's
    /// reminder setting where they hold a place; null when none of the runs exists.
    /// </summary>
    public async Task<string?> ForRunnerAsync(Guid runnerId, IReadOnlyCollection<Guid> runIds, string calendarName, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var events = await EventsAsync(db.GroupRunOccurrences.AsNoTracking().Where(o => runIds.Contains(o.Id)), cancellationToken);
        return events.Count == 0 ? null : writer.Write(calendarName, await WithAlarmsAsync(db, runnerId, events, cancellationToken));
    }

    /// <summary>An alarm at the member's reminder time on each coming run where their place is confirmed (none when reminders are off).</summary>
    internal async Task<List<CalendarEventDto>> WithAlarmsAsync(IAlphasRunDb db, Guid runnerId, List<CalendarEventDto> events, CancellationToken cancellationToken)
    {
        var choice = await db.Runners.AsNoTracking().Where(r => r.Id == runnerId).Select(r => r.Reminder).SingleOrDefaultAsync(cancellationToken);
        if (choice == ReminderChoice.Off)
        {
            return events;
        }

        var ids = events.Select(e => e.Id).ToList();
        var confirmed = (await db.Registrations.AsNoTracking()
                .Where(r => r.RunnerId == runnerId && ids.Contains(r.OccurrenceId) && r.Status == RegistrationStatus.Confirmed)
                .Select(r => r.OccurrenceId)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var policy = reminders.Value.Policy;
        return [.. events.Select(e => e.Cancelled || !confirmed.Contains(e.Id)
            ? e
            : e with { AlarmBefore = RunReminders.LeadTime(e.StartUtc, clock.Zone, choice, policy) })];
    }

    internal static async Task<List<CalendarEventDto>> EventsAsync(IQueryable<GroupRunOccurrence> runs, CancellationToken cancellationToken)
    {
        var rows = await runs.OrderBy(o => o.StartUtc)
            .Select(o => new { o.Id, o.Schedule!.Name, o.StartUtc, o.Status, o.CancellationReason, o.Revision, LocationName = o.Schedule.Location!.Name, o.Schedule.Location.Address })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CalendarEventDto(
            r.Id,
            r.Status == OccurrenceStatus.Cancelled ? $"Cancelled: {r.Name}" : $"Alphas Run: {r.Name}",
            DateTime.SpecifyKind(r.StartUtc, DateTimeKind.Utc),
            RunLength,
            $"{r.LocationName}, {r.Address}",
            r.Status == OccurrenceStatus.Cancelled ? $"Cancelled: {r.CancellationReason}" : "Free crew run. Meet at the door; pace groups for everyone.",
            r.Status == OccurrenceStatus.Cancelled,
            r.Revision))];
    }
}
