using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.Plans.Editing.PlanVersions;

/// <summary>A plan's published versions, newest first, with who published each and what changed.</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record ListPlanVersions(Guid Id) : IUseCase<Result<IReadOnlyList<PlanVersionDto>>>;

/// <summary>One published version exactly as runners saw it.</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record GetPlanVersion(Guid Id, int Number) : IUseCase<Result<PublishedPlanDto>>;

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

internal sealed class GetPlanVersionHandler(IAlphasRunDbFactory dbFactory, MarkdownRenderer markdown) : IUseCaseHandler<GetPlanVersion, Result<PublishedPlanDto>>
{
    public async Task<Result<PublishedPlanDto>> HandleAsync(GetPlanVersion request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var slug = await db.TrainingPlans.Where(p => p.Id == request.Id).Select(p => p.Slug).SingleOrDefaultAsync(cancellationToken);
        var version = await db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.PlanId == request.Id && v.Number == request.Number, cancellationToken);
        return slug is null || version is null
            ? Result<PublishedPlanDto>.NotFound($"This plan has no version {request.Number}.")
            : Result<PublishedPlanDto>.Ok(await PlanCatalog.ToDtoAsync(db, slug, version, markdown, cancellationToken));
    }
}
