using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Domain.GroupRuns;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>A member's attendance record for coaches and admins.</summary>
public sealed record MemberAttendanceDto(string UserId, string FullName, Domain.Plans.PlanAudience MainDistance, AttendanceDto Attendance);

/// <summary>Attendance per member for coaches and admins: past runs registered, attended, no-shows.</summary>
public sealed class AttendanceService(IAlphasRunDbFactory dbFactory, AccessGuard guard, ClubClock clock)
{
    public async Task<Result<IReadOnlyDictionary<string, AttendanceDto>>> ByUserAsync(CancellationToken cancellationToken = default)
    {
        var list = await ListAsync(cancellationToken);
        return list.Succeeded
            ? Result<IReadOnlyDictionary<string, AttendanceDto>>.Ok(list.Value!.ToDictionary(m => m.UserId, m => m.Attendance))
            : Result<IReadOnlyDictionary<string, AttendanceDto>>.From(list);
    }

    public async Task<Result<IReadOnlyList<MemberAttendanceDto>>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result<IReadOnlyList<MemberAttendanceDto>>.Forbidden();
        }

        var now = clock.UtcNow;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var counts = await (from r in db.Registrations.AsNoTracking()
                            join o in db.GroupRunOccurrences.AsNoTracking() on r.OccurrenceId equals o.Id
                            where r.RunnerId != null && r.Status == RegistrationStatus.Confirmed && o.StartUtc < now && o.Status == OccurrenceStatus.Scheduled
                            group r by r.RunnerId into g
                            select new { RunnerId = g.Key!.Value, Registered = g.Count(), Attended = g.Count(x => x.CheckedInUtc != null) })
                           .ToDictionaryAsync(x => x.RunnerId, cancellationToken);
        var runners = await db.Runners.AsNoTracking().OrderBy(r => r.LastName).ThenBy(r => r.FirstName).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<MemberAttendanceDto>>.Ok([.. runners.Select(r =>
        {
            var c = counts.GetValueOrDefault(r.Id);
            var registered = c?.Registered ?? 0;
            var attended = c?.Attended ?? 0;
            return new MemberAttendanceDto(r.UserId, r.FullName, r.MainDistance, new AttendanceDto(registered, attended, registered - attended));
        })]);
    }
}
