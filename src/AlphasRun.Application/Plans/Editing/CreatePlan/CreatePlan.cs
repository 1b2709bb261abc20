using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Plans.Editing.CreatePlan;

/// <summary>A new draft plan of one week of rest days, named by the coach.</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record CreatePlan(NewPlanForm Plan) : IUseCase<Result<Guid>>, IFormRequest<NewPlanForm>
{
    public NewPlanForm Form => Plan;
}

internal sealed class CreatePlanHandler(IAlphasRunDbFactory dbFactory, ClubClock clock) : IUseCaseHandler<CreatePlan, Result<Guid>>
{
    public async Task<Result<Guid>> HandleAsync(CreatePlan request, Caller caller, CancellationToken cancellationToken)
    {
        var form = request.Plan;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var week = new PlanWeek(1, [.. TrainingWeek.Days.Select(d => new PlanSession(d, SessionType.Rest, null, "Rest day"))]);
        var plan = new TrainingPlan(
            Guid.NewGuid(), form.Name.Trim(), await PlanDrafts.FreeSlugAsync(db, form.Name, cancellationToken), form.Audience, string.Empty,
            new PlanContent([week]), clock.UtcNow, caller.AuditId);
        db.TrainingPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Ok(plan.Id);
    }
}
