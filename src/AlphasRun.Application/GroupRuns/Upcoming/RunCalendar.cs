using System.Linq.Expressions;
using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns;

/// <summary>The crew's dated runs as people read them, in the club's time zone: what the run lists, details and rosters are built from.</summary>
internal sealed class RunCalendar(IAlphasRunDbFactory dbFactory, ClubClock clock)
{
    public async Task<IReadOnlyList<UpcomingRunDto>> GetUpcomingAsync(int days, int? take = null, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        var until = now.AddDays(days);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return ToDtos(await UpcomingQuery(db.AsDbContext(), now, until, take ?? int.MaxValue).ToListAsync(cancellationToken));
    }

    // The same row as UpcomingQuery below, through the navigations: for runs picked by id, where no limit applies.
    // (With a limit EF keeps the navigation joins until after it, even with a member initializer: tried.)
    private static readonly Expression<Func<GroupRunOccurrence, RunRow>> ToRow = o => new RunRow(
        o.Id,
        o.Schedule!.Name,
        o.StartUtc,
        o.Schedule.Location!.Name,
        o.Schedule.Location.Address,
        o.Schedule.Location.Latitude,
        o.Schedule.Location.Longitude,
        o.Status,
        o.CancellationReason,
        o.Capacity,
        o.ConfirmedCount);

    // The home page and /runs read this on every request: compiled once (CompiledQueryContext). The joins are
    // written out so that the limit applies to the joined rows: through the navigations EF limits the runs in a
    // subquery first, which SQLite materializes and sorts a second time (a third more time in SQLite per call).
    private static readonly Func<DbContext, DateTime, DateTime, int, IAsyncEnumerable<RunRow>> UpcomingQuery =
        EF.CompileAsyncQuery((DbContext db, DateTime fromUtc, DateTime untilUtc, int take) =>
            (from o in db.Set<GroupRunOccurrence>().AsNoTracking()
             join s in db.Set<GroupRunSchedule>() on o.ScheduleId equals s.Id
             join l in db.Set<Location>() on s.LocationId equals l.Id
             where o.StartUtc >= fromUtc && o.StartUtc < untilUtc
             orderby o.StartUtc
             select new RunRow(o.Id, s.Name, o.StartUtc, l.Name, l.Address, l.Latitude, l.Longitude, o.Status, o.CancellationReason, o.Capacity, o.ConfirmedCount))
            .Take(take));

    public async Task<UpcomingRunDto?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return (await ProjectAsync(db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == id), cancellationToken)).SingleOrDefault();
    }

    /// <summary>Maps dated runs to what people read; the start is converted to club time here, at the edge.</summary>
    internal async Task<IReadOnlyList<UpcomingRunDto>> ProjectAsync(IQueryable<GroupRunOccurrence> runs, CancellationToken cancellationToken)
    {
        var rows = await runs
            .Select(ToRow)
            .ToListAsync(cancellationToken);
        return ToDtos(rows);
    }

    private List<UpcomingRunDto> ToDtos(List<RunRow> rows)
    {
        // Every run of a list usually meets at the same place: its map link is formatted once.
        var mapUrls = new Dictionary<(double, double), string>();
        var runs = new List<UpcomingRunDto>(rows.Count);
        foreach (var r in rows)
        {
            if (!mapUrls.TryGetValue((r.Latitude, r.Longitude), out var mapUrl))
            {
                mapUrls[(r.Latitude, r.Longitude)] = mapUrl = Location.MapUrlFor(r.Latitude, r.Longitude);
            }

            runs.Add(new UpcomingRunDto(
                r.Id,
                r.Name,
                clock.ToLocal(r.StartUtc),
                DateTime.SpecifyKind(r.StartUtc, DateTimeKind.Utc),
                r.LocationName,
                r.Address,
                mapUrl,
                r.Status,
                r.CancellationReason,
                r.Capacity,
                r.ConfirmedCount));
        }

        return runs;
    }

    /// <summary>One dated run as the database returns it (UTC start).</summary>
    private sealed record RunRow(
        Guid Id,
        string Name,
        DateTime StartUtc,
        string LocationName,
        string Address,
        double Latitude,
        double Longitude,
        OccurrenceStatus Status,
        string? CancellationReason,
        int? Capacity,
        int ConfirmedCount);
}
