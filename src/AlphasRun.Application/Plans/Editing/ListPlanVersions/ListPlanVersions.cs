namespace AlphasRun.Application.Plans.Editing.ListPlanVersions;

/// <summary>A plan's published versions, newest first, with who published each and what changed.</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record ListPlanVersions(Guid Id) : IUseCase<Result<IReadOnlyList<PlanVersionDto>>>;

internal sealed class ListPlanVersionsHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<ListPlanVersions, Result<IReadOnlyList<PlanVersionDto>>>
{
    public async Task<Result<IReadOnlyList<PlanVersionDto>>> HandleAsync(ListPlanVersions request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var plan = await db.TrainingPlans.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken);
        if (plan is null)
        {
            return Result<IReadOnlyList<PlanVersionDto>>.NotFound(PlanDrafts.NotFound);
        }

        var name = await AuditNames.ResolverAsync(db, plan.Versions.Select(v => v.PublishedBy), cancellationToken);
        return Result<IReadOnlyList<PlanVersionDto>>.Ok(PlanDrafts.Versions(plan, name));
    }
}
