using System.Security.Cryptography;
using System.Text;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Seasons.SeasonFeed;

/// <summary>
/// "Add my season to my calendar": the member's planned sessions as an iCalendar feed behind the same secret
/// token as their personal runs feed. Crew-run sessions are at the run's real time; other sessions are all-day.
/// </summary>
[Public]
public sealed record SeasonFeed(string Token) : IUseCase<string?>;

internal sealed class SeasonFeedHandler(IAlphasRunDbFactory dbFactory, SeasonAssembler assembler, ICalendarWriter writer, ClubClock clock) : IUseCaseHandler<SeasonFeed, string?>
{
    private static readonly TimeSpan RunLength = TimeSpan.FromMinutes(90);

    /// <summary>The feed, or null when the token is unknown or its member keeps no season.</summary>
    public async Task<string?> HandleAsync(SeasonFeed request, Caller caller, CancellationToken cancellationToken)
    {
        var token = request.Token;
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
        {
            return null;
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runnerId = await db.Runners.AsNoTracking().Where(r => r.CalendarToken == token).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);
        if (runnerId is not { } id || await assembler.BuildAsync(db, id, cancellationToken) is not { } season)
        {
            return null;
        }

        var from = season.Today.AddDays(-28);
        var events = season.Weeks
            .SelectMany(w => w.Sessions)
            .Where(s => s.Date >= from && s.Type != SessionType.Rest)
            .Select(s => ToEvent(id, s))
            .ToList();
        return writer.Write("My Alphas Run off-season", events);
    }

    private CalendarEventDto ToEvent(Guid runnerId, SeasonSessionDto s)
    {
        var title = s.Distance is { } d ? $"{s.Title} {d}" : s.Title;
        var description = s.Notes ?? string.Empty;
        if (s.CrewRun is { } run)
        {
            var startUtc = TimeZoneInfo.ConvertTimeToUtc(run.LocalStart, clock.Zone);
            return new CalendarEventDto(EventId(runnerId, s), $"{title} · {run.Name}", startUtc, RunLength, "With the crew", description, run.Status == Domain.GroupRuns.OccurrenceStatus.Cancelled, 0);
        }

        var midnightUtc = Domain.Seasons.ClubWeek.StartUtc(s.Date, clock.Zone);
        return new CalendarEventDto(EventId(runnerId, s), title, midnightUtc, TimeSpan.FromDays(1), string.Empty, description, false, 0, AllDay: true);
    }

    // The same UID for the same member, date and session every time, so calendars update events in place.
    private static Guid EventId(Guid runnerId, SeasonSessionDto s) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{runnerId:N}/{s.Date:yyyy-MM-dd}/{s.Slot}")).AsSpan(0, 16));
}
