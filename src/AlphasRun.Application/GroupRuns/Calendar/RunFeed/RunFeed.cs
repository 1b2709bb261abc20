namespace AlphasRun.Application.GroupRuns.Calendar.RunFeed;

/// <summary>One run as its own calendar file ("Add to calendar" on the run's page); null for an unknown run.</summary>
[Public]
public sealed record RunFeed(Guid RunId) : IUseCase<string?>;

internal sealed class RunFeedHandler(IAlphasRunDbFactory dbFactory, CalendarFiles files) : IUseCaseHandler<RunFeed, string?>
{
    public async Task<string?> HandleAsync(RunFeed request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var events = await CalendarFiles.EventsAsync(db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == request.RunId), cancellationToken);
        return events.Count == 0 ? null : files.Write(events[0].Title, events);
    }
}
