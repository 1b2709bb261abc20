using AlphasRun.Application.GroupRuns.Seats;
using AlphasRun.Domain.GroupRuns;
using Microsoft.Extensions.Options;

namespace AlphasRun.Application.GroupRuns;

/// <summary>
/// Creates the dated runs of every active schedule for the coming weeks. Idempotent: a run that
/// exists (unique on schedule + local date) is left alone, so it can run at start-up and daily.
/// </summary>
public sealed class OccurrenceGenerator(IAlphasRunDbFactory dbFactory, ClubClock clock, IOptions<ClubOptions> options, RunSeats seats)
{
    public async Task<int> GenerateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var now = clock.UtcNow;
        var schedules = await db.GroupRunSchedules.Where(s => s.IsActive).ToListAsync(cancellationToken);
        var fromDate = clock.Today;
        var existing = (await db.GroupRunOccurrences
                .Where(o => o.LocalDate >= fromDate)
                .Select(o => new { o.ScheduleId, o.LocalDate })
                .ToListAsync(cancellationToken))
            .Select(o => (o.ScheduleId, o.LocalDate))
            .ToHashSet();

        var created = new List<GroupRunOccurrence>();
        foreach (var schedule in schedules)
        {
            foreach (var planned in OccurrencePlanner.Plan(schedule.Day, schedule.LocalStartTime, now, options.Value.GenerateRunsDaysAhead, clock.Zone))
            {
                if (existing.Add((schedule.Id, planned.LocalDate)))
                {
                    var run = new GroupRunOccurrence(Guid.NewGuid(), schedule.Id, planned.LocalDate, planned.StartUtc, schedule.Capacity);
                    db.GroupRunOccurrences.Add(run);
                    created.Add(run);
                }
            }
        }

        if (created.Count == 0)
        {
            return 0;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance generated the same dates first; the unique index kept one of each.
            return 0;
        }

        // Standing registrations ("every Tuesday") reach the new dates too.
        var standing = await db.StandingRegistrations.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var run in created)
        {
            foreach (var s in standing.Where(s => s.ScheduleId == run.ScheduleId))
            {
                await seats.RegisterAsync(s.RunnerId, run.Id, s.PaceGroup, fromStanding: true, cancellationToken);
            }
        }

        return created.Count;
    }
}
