namespace AlphasRun.Application.GroupRuns.Schedules.ListSchedules;

/// <summary>The weekly runs, Monday first, for the coaches' page (paused ones too).</summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record ListSchedules : IUseCase<Result<IReadOnlyList<ScheduleDto>>>;

internal sealed class ListSchedulesHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<ListSchedules, Result<IReadOnlyList<ScheduleDto>>>
{
    public async Task<Result<IReadOnlyList<ScheduleDto>>> HandleAsync(ListSchedules request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var schedules = await db.GroupRunSchedules.AsNoTracking().Include(s => s.Location).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<ScheduleDto>>.Ok([.. schedules
            .OrderBy(s => s.Day == DayOfWeek.Sunday ? 7 : (int)s.Day).ThenBy(s => s.LocalStartTime)
            .Select(s => new ScheduleDto(s.Id, s.Name, s.Day, s.LocalStartTime, s.LocationId, s.Location!.Name, s.Capacity, s.PaceGroups, s.IsActive))]);
    }
}
