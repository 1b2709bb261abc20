namespace AlphasRun.Application.GroupRuns.Schedules.SetScheduleActive;

/// <summary>Pauses a weekly run (no new dates) or resumes it (its dates are generated again).</summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record SetScheduleActive(Guid ScheduleId, bool Active) : IUseCase<Result>;

internal sealed class SetScheduleActiveHandler(IAlphasRunDbFactory dbFactory, OccurrenceGenerator generator, IPublicContentCache publicCache)
    : IUseCaseHandler<SetScheduleActive, Result>
{
    public async Task<Result> HandleAsync(SetScheduleActive request, Caller caller, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            var schedule = await db.GroupRunSchedules.SingleOrDefaultAsync(s => s.Id == request.ScheduleId, cancellationToken);
            if (schedule is null)
            {
                return Result.NotFound("That weekly run no longer exists.");
            }

            if (request.Active)
            {
                schedule.Resume();
            }
            else
            {
                schedule.Pause();
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        if (request.Active)
        {
            await generator.GenerateAsync(cancellationToken);
        }

        await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        return Result.Ok();
    }
}
