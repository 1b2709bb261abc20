using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Plans.Editing.ListPlans;

/// <summary>Every plan for the coaches' list: published first, archived last.</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record ListPlans : IUseCase<Result<IReadOnlyList<PlanListItemDto>>>;

internal sealed class ListPlansHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<ListPlans, Result<IReadOnlyList<PlanListItemDto>>>
{
    public async Task<Result<IReadOnlyList<PlanListItemDto>>> HandleAsync(ListPlans request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var plans = await db.TrainingPlans.AsNoTracking().Include(p => p.Versions).ToListAsync(cancellationToken);
        var name = await AuditNames.ResolverAsync(db, plans.Select(p => p.UpdatedBy), cancellationToken);
        return Result<IReadOnlyList<PlanListItemDto>>.Ok([.. plans
            .OrderBy(p => p.Status == PlanStatus.Archived)
            .ThenBy(p => p.Audience)
            .ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(p => new PlanListItemDto(
                p.Id, p.Name, p.Slug, p.Audience, p.Status, p.Draft.Weeks.Count, p.UpdatedUtc, name(p.UpdatedBy),
                p.LatestVersion?.Number, PlanDrafts.HasUnpublishedChanges(p)))]);
    }
}
