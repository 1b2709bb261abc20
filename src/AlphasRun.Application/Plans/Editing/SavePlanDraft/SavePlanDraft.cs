using FluentValidation;

namespace AlphasRun.Application.Plans.Editing.SavePlanDraft;

/// <summary>Saves the editor's model as the plan's draft; runners keep seeing the latest published version.</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record SavePlanDraft(PlanEditModel Model) : IUseCase<Result<PlanSavedDto>>, IFormRequest<PlanEditModel>
{
    public PlanEditModel Form => Model;
}

/// <summary>The checks that need the database: the web address is free and every linked crew run still exists.</summary>
internal sealed class SavePlanDraftValidator : AbstractValidator<SavePlanDraft>
{
    public SavePlanDraftValidator(IAlphasRunDbFactory dbFactory)
    {
        RuleFor(r => r.Model).CustomAsync(async (model, context, cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(model.Slug))
            {
                return; // the form's own validator says so
            }

            var slug = model.Slug.Trim();
            await using var db = await dbFactory.CreateAsync(cancellationToken);
            if (await db.TrainingPlans.AnyAsync(p => p.Slug == slug && p.Id != model.Id, cancellationToken))
            {
                var taken = PlanDrafts.SlugTaken(slug);
                context.AddFailure(taken.Field!, taken.Message);
            }

            var linked = model.Weeks.SelectMany(w => w.Sessions).Select(s => s.GroupRunScheduleId).OfType<Guid>().Distinct().ToList();
            if (linked.Count > 0 && await db.GroupRunSchedules.Where(s => linked.Contains(s.Id)).CountAsync(cancellationToken) != linked.Count)
            {
                context.AddFailure(string.Empty, "A session is linked to a crew run that no longer exists; choose another.");
            }
        });
    }
}

internal sealed class SavePlanDraftHandler(IAlphasRunDbFactory dbFactory, ClubClock clock)
    : IUseCaseHandler<SavePlanDraft, Result<PlanSavedDto>>, IDescribesConflicts<SavePlanDraft>
{
    public async Task<Result<PlanSavedDto>> HandleAsync(SavePlanDraft request, Caller caller, CancellationToken cancellationToken)
    {
        var model = request.Model;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var byName = await PlanDrafts.AuditNameAsync(db, caller.AuditId, cancellationToken);
        var plan = await PlanDrafts.LoadForChangeAsync(db, model.Id, model.ConcurrencyToken, cancellationToken);
        if (plan is null)
        {
            return Result<PlanSavedDto>.NotFound(PlanDrafts.NotFound);
        }

        plan.EditDraft(model.Name.Trim(), model.Slug.Trim(), model.Audience, model.Description, PlanEditMapping.ToContent(model), clock.UtcNow, caller.AuditId);
        await db.SaveChangesAsync(cancellationToken);
        return Result<PlanSavedDto>.Ok(new PlanSavedDto(plan.ConcurrencyToken, plan.UpdatedUtc, byName));
    }

    public Task<Problem> DescribeConflictAsync(SavePlanDraft request, ConflictKind kind, CancellationToken cancellationToken) =>
        kind == ConflictKind.AlreadyTaken
            ? Task.FromResult(PlanDrafts.SlugTaken(request.Model.Slug.Trim())) // the unique index caught a clash that raced past the check
            : PlanDrafts.SavedInBetweenAsync(dbFactory, clock, request.Model.Id, cancellationToken);
}
