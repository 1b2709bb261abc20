using AlphasRun.Application.Common;
using AlphasRun.Application.GroupRuns;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace AlphasRun.Infrastructure.Calendar;

/// <summary>
/// iCalendar feeds with Ical.Net: stable UIDs (one per dated run), DTSTART in the club's time zone with
/// that zone's STANDARD/DAYLIGHT rules in a VTIMEZONE (RFC 5545; clients such as Thunderbird and Outlook
/// use the feed's own rules), and cancelled runs kept as STATUS:CANCELLED with a higher SEQUENCE.
/// </summary>
internal sealed class IcalCalendarWriter(ClubClock clock) : ICalendarWriter
{
    public string Write(string calendarName, IEnumerable<CalendarEventDto> events)
    {
        var list = events.ToList();
        var calendar = new Ical.Net.Calendar { ProductId = "-//Alphas Run Crew//Group runs//EN" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", clock.Zone.Id);

        // The zone's rules from the earliest run in the feed on (a year back at most for an empty feed).
        var earliest = list.Count > 0 ? clock.ToLocal(list.Min(e => e.StartUtc)) : clock.ToLocal(clock.UtcNow.AddYears(-1));
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(clock.Zone.Id, earliest.AddDays(-1), includeHistoricalData: false));
        foreach (var e in list)
        {
            var local = clock.ToLocal(e.StartUtc);
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{e.Id:N}@alphasrun",
                Summary = e.Title,
                Description = e.Description,
                Location = e.Location,
                Start = e.AllDay ? new CalDateTime(DateOnly.FromDateTime(local)) : new CalDateTime(local, clock.Zone.Id),
                Duration = e.AllDay ? Duration.FromDays(1) : Duration.FromMinutes((int)e.Duration.TotalMinutes),
                Status = e.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                Sequence = e.Sequence,
                DtStamp = new CalDateTime(clock.UtcNow, "UTC"),
            };
            if (e.AlarmBefore is { } before && !e.Cancelled)
            {
                // A trigger relative to the start, in exact time (RFC 5545): "8:00 pm the evening before" a run
                // on the night clocks change is 11 or 13 hours, worked out per run.
                calendarEvent.Alarms.Add(new Alarm
                {
                    Action = AlarmAction.Display,
                    Description = $"Reminder: {e.Title}",
                    Trigger = new Trigger(Duration.FromTimeSpanExact(-before)),
                });
            }

            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
