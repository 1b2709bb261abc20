namespace AlphasRun.Application.Guide.Editing.SaveGuideDraft;

/// <summary>Saves the section's draft (runners keep reading the published text); answers the new concurrency token.</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record SaveGuideDraft(GuideSectionEditModel Model) : IUseCase<Result<Guid>>, IFormRequest<GuideSectionEditModel>
{
    public GuideSectionEditModel Form => Model;
}

internal sealed class SaveGuideDraftHandler(IAlphasRunDbFactory dbFactory, ClubClock clock)
    : IUseCaseHandler<SaveGuideDraft, Result<Guid>>, IDescribesConflicts<SaveGuideDraft>
{
    public async Task<Result<Guid>> HandleAsync(SaveGuideDraft request, Caller caller, CancellationToken cancellationToken)
    {
        var model = request.Model;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var section = await db.GuideSections.SingleOrDefaultAsync(s => s.Id == model.Id, cancellationToken);
        if (section is null)
        {
            return Result<Guid>.NotFound(GuideSections.NotFound);
        }

        db.ExpectOriginalValue(section, s => s.ConcurrencyToken, model.ConcurrencyToken);
        section.EditDraft(model.Title.Trim(), model.BodyMarkdown, clock.UtcNow, caller.AuditId);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Ok(section.ConcurrencyToken);
    }

    public Task<Problem> DescribeConflictAsync(SaveGuideDraft request, ConflictKind kind, CancellationToken cancellationToken) =>
        GuideSections.SavedInBetweenAsync(dbFactory, clock, request.Model.Id, cancellationToken);
}
