using AlphasRun.Domain.Plans;
using FluentValidation;

namespace AlphasRun.Application.Plans.Editing.PublishPlan;

/// <summary>Publishes the saved draft as the next numbered version, with a summary of what changed.</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record PublishPlan(Guid Id, Guid ExpectedToken) : IUseCase<Result<PlanVersionDto>>;

internal sealed class PublishPlanHandler(IAlphasRunDbFactory dbFactory, ClubClock clock, IValidator<PlanEditModel> validator, IPublicContentCache publicCache)
    : IUseCaseHandler<PublishPlan, Result<PlanVersionDto>>, IDescribesConflicts<PublishPlan>
{
    public async Task<Result<PlanVersionDto>> HandleAsync(PublishPlan request, Caller caller, CancellationToken cancellationToken)
    {
        PlanVersionDto published;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            var byName = await PlanDrafts.AuditNameAsync(db, caller.AuditId, cancellationToken);
            var plan = await PlanDrafts.LoadForChangeAsync(db, request.Id, request.ExpectedToken, cancellationToken);
            if (plan is null)
            {
                return Result<PlanVersionDto>.NotFound(PlanDrafts.NotFound);
            }

            // The saved draft, not a form: it passed the same rules when it was saved, but rules may have tightened since.
            var firstError = (await validator.ValidateAsync(PlanEditMapping.ToModel(plan), cancellationToken)).Errors.FirstOrDefault(e => e.Severity == Severity.Error);
            if (firstError is not null)
            {
                return Result<PlanVersionDto>.Fail($"Fix the draft before publishing: {firstError.ErrorMessage}");
            }

            if (plan.LatestVersion is { } latest && PlanChangeSummary.Describe(latest, plan) == PlanChangeSummary.NoChanges)
            {
                return Result<PlanVersionDto>.Fail($"Nothing to publish: the draft is the same as version {latest.Number}.");
            }

            var version = plan.Publish(clock.UtcNow, caller.AuditId);

            // A new version found through the navigation has its Guid key set, so EF would take it for an existing row.
            db.PlanVersions.Add(version);
            await db.SaveChangesAsync(cancellationToken);
            published = new PlanVersionDto(version.Number, version.PublishedUtc, byName, version.ChangeSummary);
        }

        await publicCache.InvalidateAsync(PublicContent.Plans, cancellationToken);
        return Result<PlanVersionDto>.Ok(published);
    }

    public Task<Problem> DescribeConflictAsync(PublishPlan request, ConflictKind kind, CancellationToken cancellationToken) =>
        PlanDrafts.SavedInBetweenAsync(dbFactory, clock, request.Id, cancellationToken);
}
