namespace AlphasRun.Application.Guide.Editing.ListGuideSections;

/// <summary>The guide's sections in reading order, with which have an unpublished draft and who wrote it.</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record ListGuideSections : IUseCase<Result<IReadOnlyList<GuideSectionListItemDto>>>;

internal sealed class ListGuideSectionsHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<ListGuideSections, Result<IReadOnlyList<GuideSectionListItemDto>>>
{
    public async Task<Result<IReadOnlyList<GuideSectionListItemDto>>> HandleAsync(ListGuideSections request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var sections = await db.GuideSections.AsNoTracking().OrderBy(s => s.Order).ToListAsync(cancellationToken);
        var name = await AuditNames.ResolverAsync(db, sections.Select(s => s.DraftUpdatedBy), cancellationToken);
        return Result<IReadOnlyList<GuideSectionListItemDto>>.Ok([.. sections.Select(s => new GuideSectionListItemDto(
            s.Id, s.Anchor, s.DraftTitle ?? s.Title, s.HasDraft, s.UpdatedUtc, s.DraftUpdatedBy is null ? null : name(s.DraftUpdatedBy), s.DraftUpdatedUtc))]);
    }
}
