using AlphasRun.Application.Common;
using AlphasRun.Application.Notifications;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Runners;
using Microsoft.EntityFrameworkCore;
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

/// <summary>The crew's public calendar and each member's secret personal one.</summary>
public sealed class CalendarFeeds(IAlphasRunDbFactory dbFactory, ClubClock clock, ICalendarWriter writer, IOptions<ReminderOptions> reminders)
{
    private static readonly TimeSpan RunLength = TimeSpan.FromMinutes(90);

    public async Task<string> ClubAsync(CancellationToken cancellationToken = default)
    {
        var from = clock.UtcNow.AddDays(-7);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var events = await EventsAsync(db.GroupRunOccurrences.AsNoTracking().Where(o => o.StartUtc >= from), cancellationToken);
        return writer.Write("Alphas Run Crew group runs", events);
    }

    /// <summary>One run as its own calendar file ("Add to calendar" on the run's page); null for an unknown run.</summary>
    public async Task<string?> RunAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var events = await EventsAsync(db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == runId), cancellationToken);
        return events.Count == 0 ? null : writer.Write(events[0].Title, events);
    }

    /// <summary>The member's registered runs; null when the token is unknown (revoked or never issued).</summary>
    public async Task<string?> PersonalAsync(string token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
        {
            return null;
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runnerId = await db.Runners.AsNoTracking().Where(r => r.CalendarToken == token).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);
        if (runnerId is null)
        {
            return null;
        }

        var from = clock.UtcNow.AddDays(-30);
        var mine = db.Registrations.Where(r => r.RunnerId == runnerId && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted)).Select(r => r.OccurrenceId);
        var events = await EventsAsync(db.GroupRunOccurrences.AsNoTracking().Where(o => o.StartUtc >= from && mine.Contains(o.Id)), cancellationToken);
        return writer.Write("My Alphas Run runs", await WithAlarmsAsync(db, runnerId.Value, events, cancellationToken));
    }

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
    private async Task<List<CalendarEventDto>> WithAlarmsAsync(IAlphasRunDb db, Guid runnerId, List<CalendarEventDto> events, CancellationToken cancellationToken)
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

    private static async Task<List<CalendarEventDto>> EventsAsync(IQueryable<GroupRunOccurrence> runs, CancellationToken cancellationToken)
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
