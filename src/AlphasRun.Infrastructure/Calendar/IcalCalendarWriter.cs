using AlphasRun.Application.Common;
using AlphasRun.Application.GroupRuns;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace AlphasRun.Infrastructure.Calendar;

/// <summary>
/// iCalendar feeds with Ical.Net: stable UIDs (one per dated run), DTSTART in the club's time zone,
/// and cancelled runs kept as STATUS:CANCELLED with a higher SEQUENCE so calendars update them.
/// </summary>
internal sealed class IcalCalendarWriter(ClubClock clock) : ICalendarWriter
{
    public string Write(string calendarName, IEnumerable<CalendarEventDto> events)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Alphas Run Crew//Group runs//EN" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", clock.Zone.Id);
        calendar.AddTimeZone(new VTimeZone(clock.Zone.Id));
        foreach (var e in events)
        {
            var local = clock.ToLocal(e.StartUtc);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{e.Id:N}@alphasrun",
                Summary = e.Title,
                Description = e.Description,
                Location = e.Location,
                Start = new CalDateTime(local, clock.Zone.Id),
                Duration = Duration.FromMinutes((int)e.Duration.TotalMinutes),
                Status = e.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                Sequence = e.Sequence,
                DtStamp = new CalDateTime(clock.UtcNow, "UTC"),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
