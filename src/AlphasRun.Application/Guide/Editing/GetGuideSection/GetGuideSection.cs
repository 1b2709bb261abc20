namespace AlphasRun.Application.Guide.Editing.GetGuideSection;

/// <summary>A section as the editor holds it: the draft if there is one, otherwise the published text.</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record GetGuideSection(Guid Id) : IUseCase<Result<GuideSectionEditModel>>;

internal sealed class GetGuideSectionHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<GetGuideSection, Result<GuideSectionEditModel>>
{
    public async Task<Result<GuideSectionEditModel>> HandleAsync(GetGuideSection request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var s = await db.GuideSections.AsNoTracking().SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken);
        return s is null
            ? Result<GuideSectionEditModel>.NotFound(GuideSections.NotFound)
            : Result<GuideSectionEditModel>.Ok(new GuideSectionEditModel
            {
                Id = s.Id,
                ConcurrencyToken = s.ConcurrencyToken,
                Anchor = s.Anchor,
                Title = s.DraftTitle ?? s.Title,
                BodyMarkdown = s.DraftBodyMarkdown ?? s.BodyMarkdown,
                HasDraft = s.HasDraft,
            });
    }
}
