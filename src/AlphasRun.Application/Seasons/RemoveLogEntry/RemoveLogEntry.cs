namespace AlphasRun.Application.Seasons.RemoveLogEntry;

/// <summary>Removes one of the caller's own log entries; someone else's is "not found".</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record RemoveLogEntry(Guid EntryId) : IUseCase<Result>;

internal sealed class RemoveLogEntryHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<RemoveLogEntry, Result>
{
    public async Task<Result> HandleAsync(RemoveLogEntry request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await MySeason.RunnerOfAsync(db, caller, cancellationToken) is not { } runner)
        {
            return Result.Forbidden();
        }

        var removed = await db.TrainingLogEntries.Where(e => e.Id == request.EntryId && e.RunnerId == runner.Id).ExecuteDeleteAsync(cancellationToken);
        return removed == 1 ? Result.Ok() : Result.NotFound("That entry is not in your log.");
    }
}
