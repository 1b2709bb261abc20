using AlphasRun.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>The crew's coming runs, dated in the club's time zone.</summary>
public sealed class RunCalendar(IAlphasRunDbFactory dbFactory, ClubClock clock)
{
    public async Task<IReadOnlyList<UpcomingRunDto>> GetUpcomingAsync(int days, int? take = null, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        var until = now.AddDays(days);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var query = db.GroupRunOccurrences.AsNoTracking()
            .Where(o => o.StartUtc >= now && o.StartUtc < until)
            .OrderBy(o => o.StartUtc)
            .Select(o => new
            {
                o.Id,
                o.Schedule!.Name,
                o.StartUtc,
                LocationName = o.Schedule.Location!.Name,
                o.Schedule.Location.Address,
                o.Schedule.Location.Latitude,
                o.Schedule.Location.Longitude,
                o.Status,
                o.CancellationReason,
                o.Capacity,
                o.ConfirmedCount,
            });
        var rows = take is { } n ? await query.Take(n).ToListAsync(cancellationToken) : await query.ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UpcomingRunDto(
            r.Id,
            r.Name,
            clock.ToLocal(r.StartUtc),
            DateTime.SpecifyKind(r.StartUtc, DateTimeKind.Utc),
            r.LocationName,
            r.Address,
            new Domain.GroupRuns.Location(Guid.Empty, r.LocationName, r.Address, r.Latitude, r.Longitude).MapUrl,
            r.Status,
            r.CancellationReason,
            r.Capacity,
            r.ConfirmedCount))];
    }
}
