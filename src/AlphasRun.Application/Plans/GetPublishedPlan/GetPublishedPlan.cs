namespace AlphasRun.Application.Plans.GetPublishedPlan;

/// <summary>One plan as runners read it (/plans/{slug}): its latest published version, or null for a draft, an archived plan or an unknown address.</summary>
[Public]
public sealed record GetPublishedPlan(string Slug) : IUseCase<PublishedPlanDto?>;

internal sealed class GetPublishedPlanHandler(IAlphasRunDbFactory dbFactory, MarkdownRenderer markdown, PublishedPlanVersions versions)
    : IUseCaseHandler<GetPublishedPlan, PublishedPlanDto?>
{
    public async Task<PublishedPlanDto?> HandleAsync(GetPublishedPlan request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var latest = await PlanCatalog.LatestPublishedQuery(db.AsDbContext(), request.Slug, cancellationToken);
        var version = latest == Guid.Empty ? null : await versions.GetAsync(db, latest, cancellationToken);
        return version is null ? null : await PlanCatalog.ToDtoAsync(db, request.Slug, version, markdown, cancellationToken);
    }
}
