using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Domain.GroupRuns;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>The coach's list of coming runs with their waitlists.</summary>
public sealed partial class CoachRunService
{
    public async Task<Result<IReadOnlyList<CoachRunDto>>> ListComingRunsAsync(int days, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result<IReadOnlyList<CoachRunDto>>.Forbidden();
        }

        var runs = await calendar.GetUpcomingAsync(days, cancellationToken: cancellationToken);
        var ids = runs.Select(r => r.Id).ToList();
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var waitlists = await db.Registrations.AsNoTracking()
            .Where(r => ids.Contains(r.OccurrenceId) && r.Status == RegistrationStatus.Waitlisted)
            .GroupBy(r => r.OccurrenceId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Result<IReadOnlyList<CoachRunDto>>.Ok([.. runs.Select(r => new CoachRunDto(r, waitlists.GetValueOrDefault(r.Id)))]);
    }
}
