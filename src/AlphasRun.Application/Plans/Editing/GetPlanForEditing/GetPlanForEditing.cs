namespace AlphasRun.Application.Plans.Editing.GetPlanForEditing;

/// <summary>A plan's draft as the editor holds it, with its versions and the crew runs a session can be tied to.</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record GetPlanForEditing(Guid Id) : IUseCase<Result<PlanEditorDto>>;

internal sealed class GetPlanForEditingHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<GetPlanForEditing, Result<PlanEditorDto>>
{
    public async Task<Result<PlanEditorDto>> HandleAsync(GetPlanForEditing request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var plan = await db.TrainingPlans.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken);
        if (plan is null)
        {
            return Result<PlanEditorDto>.NotFound(PlanDrafts.NotFound);
        }

        var crewRuns = await db.GroupRunSchedules.AsNoTracking()
            .Where(s => s.IsActive)
            .Select(s => new { s.Id, s.Name, s.Day, s.LocalStartTime })
            .ToListAsync(cancellationToken);
        var name = await AuditNames.ResolverAsync(db, plan.Versions.Select(v => v.PublishedBy).Append(plan.UpdatedBy), cancellationToken);
        return Result<PlanEditorDto>.Ok(new PlanEditorDto(
            PlanEditMapping.ToModel(plan),
            plan.Status,
            plan.UpdatedUtc,
            name(plan.UpdatedBy),
            PlanDrafts.HasUnpublishedChanges(plan),
            PlanDrafts.Versions(plan, name),
            [.. crewRuns
                .OrderBy(r => (r.Day - DayOfWeek.Monday + 7) % 7).ThenBy(r => r.LocalStartTime)
                .Select(r => new CrewRunOption(r.Id, $"{r.Day} {r.LocalStartTime.ToString("h:mm tt", ClubClock.Culture)} · {r.Name}", r.Day))]));
    }
}
