namespace AlphasRun.Application.Plans.Editing.ArchivePlan;

/// <summary>Takes a plan off the public pages (<see cref="Archive"/> true) or brings it back (false).</summary>
[RequiresPolicy(Policies.CanEditPlans)]
public sealed record ArchivePlan(Guid Id, bool Archive = true) : IUseCase<Result>;

internal sealed class ArchivePlanHandler(IAlphasRunDbFactory dbFactory, ClubClock clock, IPublicContentCache publicCache)
    : IUseCaseHandler<ArchivePlan, Result>, IDescribesConflicts<ArchivePlan>
{
    public async Task<Result> HandleAsync(ArchivePlan request, Caller caller, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            var plan = await PlanDrafts.LoadForChangeAsync(db, request.Id, expectedToken: null, cancellationToken);
            if (plan is null)
            {
                return Result.NotFound(PlanDrafts.NotFound);
            }

            if (request.Archive)
            {
                plan.Archive(clock.UtcNow, caller.AuditId);
            }
            else
            {
                plan.Restore(clock.UtcNow, caller.AuditId);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await publicCache.InvalidateAsync(PublicContent.Plans, cancellationToken);
        return Result.Ok();
    }

    public Task<Problem> DescribeConflictAsync(ArchivePlan request, ConflictKind kind, CancellationToken cancellationToken) =>
        PlanDrafts.SavedInBetweenAsync(dbFactory, clock, request.Id, cancellationToken);
}
