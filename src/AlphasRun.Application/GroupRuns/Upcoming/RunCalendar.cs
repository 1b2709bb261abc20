using AlphasRun.Application.Common;
using AlphasRun.Domain.GroupRuns;
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
            .OrderBy(o => o.StartUtc);
        return await ProjectAsync(take is { } n ? query.Take(n) : query, cancellationToken);
    }

    public async Task<UpcomingRunDto?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return (await ProjectAsync(db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == id), cancellationToken)).SingleOrDefault();
    }

    /// <summary>Maps dated runs to what people read; the start is converted to club time here, at the edge.</summary>
    internal async Task<IReadOnlyList<UpcomingRunDto>> ProjectAsync(IQueryable<GroupRunOccurrence> runs, CancellationToken cancellationToken)
    {
        var rows = await runs
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
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UpcomingRunDto(
            r.Id,
            r.Name,
            clock.ToLocal(r.StartUtc),
            DateTime.SpecifyKind(r.StartUtc, DateTimeKind.Utc),
            r.LocationName,
            r.Address,
            Location.MapUrlFor(r.Latitude, r.Longitude),
            r.Status,
            r.CancellationReason,
            r.Capacity,
            r.ConfirmedCount))];
    }
}
