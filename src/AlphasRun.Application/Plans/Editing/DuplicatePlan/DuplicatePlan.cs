using AlphasRun.Domain.Common;

namespace AlphasRun.Application.Plans.Editing.DuplicatePlan;

/// <summary>A new draft plan from another plan's draft, its distances multiplied by the form's factor.</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record DuplicatePlan(Guid SourceId, DuplicatePlanForm Copy) : IUseCase<Result<Guid>>, IFormRequest<DuplicatePlanForm>
{
    public DuplicatePlanForm Form => Copy;
}

internal sealed class DuplicatePlanHandler(IAlphasRunDbFactory dbFactory, ClubClock clock) : IUseCaseHandler<DuplicatePlan, Result<Guid>>
{
    public async Task<Result<Guid>> HandleAsync(DuplicatePlan request, Caller caller, CancellationToken cancellationToken)
    {
        var form = request.Copy;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var source = await db.TrainingPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.SourceId, cancellationToken);
        if (source is null)
        {
            return Result<Guid>.NotFound("The plan to copy doesn't exist (any more).");
        }

        try
        {
            var copy = source.Duplicate(
                Guid.NewGuid(), form.Name.Trim(), await PlanDrafts.FreeSlugAsync(db, form.Name, cancellationToken), form.Audience,
                form.DistanceFactor, clock.UtcNow, caller.AuditId);
            db.TrainingPlans.Add(copy);
            await db.SaveChangesAsync(cancellationToken);
            return Result<Guid>.Ok(copy.Id);
        }
        catch (DomainException ex)
        {
            return Result<Guid>.Fail($"Scaled by {form.DistanceFactor}, a session breaks a rule: {ex.Message}", nameof(DuplicatePlanForm.DistanceFactor));
        }
    }
}
