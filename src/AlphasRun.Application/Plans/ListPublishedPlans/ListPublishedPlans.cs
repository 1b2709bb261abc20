using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Plans.ListPublishedPlans;

/// <summary>The plans runners can read (/plans): the latest published version of each, never a draft.</summary>
[Public]
public sealed record ListPublishedPlans : IUseCase<IReadOnlyList<PlanSummaryDto>>;

internal sealed class ListPublishedPlansHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<ListPublishedPlans, IReadOnlyList<PlanSummaryDto>>
{
    public async Task<IReadOnlyList<PlanSummaryDto>> HandleAsync(ListPublishedPlans request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var plans = await db.TrainingPlans.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Published)
            .Select(p => new { p.Id, p.Slug })
            .ToListAsync(cancellationToken);
        var ids = plans.Select(p => p.Id).ToList();
        var versions = await PlanCatalog.LatestVersions(db, ids).ToListAsync(cancellationToken);
        return [.. versions
            .Join(plans, v => v.PlanId, p => p.Id, (v, p) => new PlanSummaryDto(
                p.Slug, v.Name, v.Audience, PlanCatalog.FirstParagraph(v.Description), v.Content.Weeks[0].TotalDistance, v.Content.Weeks.Count))
            .OrderBy(p => p.Audience)];
    }
}
