namespace AlphasRun.Application.Plans.Editing.GetPlanVersion;

/// <summary>One published version exactly as runners saw it.</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record GetPlanVersion(Guid Id, int Number) : IUseCase<Result<PublishedPlanDto>>;

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
