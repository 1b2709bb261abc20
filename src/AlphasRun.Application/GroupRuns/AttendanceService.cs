using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Domain.GroupRuns;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>Attendance per member for coaches and admins: past runs registered, attended, no-shows.</summary>
public sealed class AttendanceService(IAlphasRunDbFactory dbFactory, AccessGuard guard, ClubClock clock)
{
    public async Task<Result<IReadOnlyDictionary<string, AttendanceDto>>> ByUserAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result<IReadOnlyDictionary<string, AttendanceDto>>.Forbidden();
        }

        var now = clock.UtcNow;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var rows = await (from r in db.Registrations.AsNoTracking()
                          join o in db.GroupRunOccurrences.AsNoTracking() on r.OccurrenceId equals o.Id
                          join runner in db.Runners.AsNoTracking() on r.RunnerId equals runner.Id
                          where r.Status == RegistrationStatus.Confirmed && o.StartUtc < now && o.Status == OccurrenceStatus.Scheduled
                          group r by runner.UserId into g
                          select new { UserId = g.Key, Registered = g.Count(), Attended = g.Count(x => x.CheckedInUtc != null) })
                         .ToListAsync(cancellationToken);
        return Result<IReadOnlyDictionary<string, AttendanceDto>>.Ok(
            rows.ToDictionary(r => r.UserId, r => new AttendanceDto(r.Registered, r.Attended, r.Registered - r.Attended)));
    }
}
