namespace AlphasRun.Application.Plans.Editing.RestorePlanVersion;

/// <summary>Makes an older version the draft again (published only when the coach publishes).</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record RestorePlanVersion(Guid Id, int Number, Guid ExpectedToken) : IUseCase<Result<PlanSavedDto>>;

internal sealed class RestorePlanVersionHandler(IAlphasRunDbFactory dbFactory, ClubClock clock)
    : IUseCaseHandler<RestorePlanVersion, Result<PlanSavedDto>>, IDescribesConflicts<RestorePlanVersion>
{
    public async Task<Result<PlanSavedDto>> HandleAsync(RestorePlanVersion request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var byName = await PlanDrafts.AuditNameAsync(db, caller.AuditId, cancellationToken);
        var plan = await PlanDrafts.LoadForChangeAsync(db, request.Id, request.ExpectedToken, cancellationToken);
        if (plan is null)
        {
            return Result<PlanSavedDto>.NotFound(PlanDrafts.NotFound);
        }

        plan.RestoreVersionAsDraft(request.Number, clock.UtcNow, caller.AuditId);
        await db.SaveChangesAsync(cancellationToken);
        return Result<PlanSavedDto>.Ok(new PlanSavedDto(plan.ConcurrencyToken, plan.UpdatedUtc, byName));
    }

    public Task<Problem> DescribeConflictAsync(RestorePlanVersion request, ConflictKind kind, CancellationToken cancellationToken) =>
        PlanDrafts.SavedInBetweenAsync(dbFactory, clock, request.Id, cancellationToken);
}
