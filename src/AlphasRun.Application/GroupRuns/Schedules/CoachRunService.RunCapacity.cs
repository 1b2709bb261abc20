using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;

namespace AlphasRun.Application.GroupRuns;

public sealed partial class CoachRunService
{
    /// <summary>
    /// Sets the places of one dated run only (two run leaders one Sunday: 20 places that day). One conditional
    /// UPDATE decides, so the places never drop below the runners already confirmed, however registrations race
    /// (see <see cref="Seats.RunSeats"/>).
    /// </summary>
    public async Task<Result> SetRunCapacityAsync(Guid occurrenceId, int? capacity, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result.Forbidden();
        }

        if (capacity is < 1 or > ScheduleForm.MaxCapacity)
        {
            return Result.Fail($"Places: a number from 1 to {ScheduleForm.MaxCapacity}, or empty for no limit.", "Capacity");
        }

        var result = await seats.SetCapacityAsync(occurrenceId, capacity, cancellationToken);
        if (result.Succeeded)
        {
            await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        }

        return result;
    }
}
