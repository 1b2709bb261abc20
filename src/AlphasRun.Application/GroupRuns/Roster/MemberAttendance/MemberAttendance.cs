using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns.Roster.MemberAttendance;

/// <summary>Attendance per member for coaches and admins: past runs registered, attended, no-shows.</summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record MemberAttendance : IUseCase<Result<IReadOnlyList<MemberAttendanceDto>>>;

internal sealed class MemberAttendanceHandler(IAlphasRunDbFactory dbFactory, ClubClock clock) : IUseCaseHandler<MemberAttendance, Result<IReadOnlyList<MemberAttendanceDto>>>
{
    public async Task<Result<IReadOnlyList<MemberAttendanceDto>>> HandleAsync(MemberAttendance request, Caller caller, CancellationToken cancellationToken)
    {
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
