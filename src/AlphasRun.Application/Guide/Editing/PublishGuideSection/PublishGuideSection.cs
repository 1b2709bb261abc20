namespace AlphasRun.Application.Guide.Editing.PublishGuideSection;

/// <summary>Publishes the section's saved draft: runners read it from now on (the guide's cached page is evicted).</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record PublishGuideSection(Guid Id, Guid ExpectedToken) : IUseCase<Result<Guid>>;

internal sealed class PublishGuideSectionHandler(IAlphasRunDbFactory dbFactory, ClubClock clock, IPublicContentCache publicCache)
    : IUseCaseHandler<PublishGuideSection, Result<Guid>>, IDescribesConflicts<PublishGuideSection>
{
    public async Task<Result<Guid>> HandleAsync(PublishGuideSection request, Caller caller, CancellationToken cancellationToken)
    {
        Guid token;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            var section = await db.GuideSections.SingleOrDefaultAsync(s => s.Id == request.Id, cancellationToken);
            if (section is null)
            {
                return Result<Guid>.NotFound(GuideSections.NotFound);
            }

            db.ExpectOriginalValue(section, s => s.ConcurrencyToken, request.ExpectedToken);
            section.Publish(clock.UtcNow, caller.AuditId);
            await db.SaveChangesAsync(cancellationToken);
            token = section.ConcurrencyToken;
        }

        await publicCache.InvalidateAsync(PublicContent.Guide, cancellationToken);
        return Result<Guid>.Ok(token);
    }

    public Task<Problem> DescribeConflictAsync(PublishGuideSection request, ConflictKind kind, CancellationToken cancellationToken) =>
        GuideSections.SavedInBetweenAsync(dbFactory, clock, request.Id, cancellationToken);
}
