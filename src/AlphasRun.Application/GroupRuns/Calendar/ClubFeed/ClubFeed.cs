namespace AlphasRun.Application.GroupRuns.Calendar.ClubFeed;

/// <summary>The crew's public calendar: every run from a week ago on.</summary>
[Public]
public sealed record ClubFeed : IUseCase<string>;

internal sealed class ClubFeedHandler(IAlphasRunDbFactory dbFactory, ClubClock clock, CalendarFiles files) : IUseCaseHandler<ClubFeed, string>
{
    public async Task<string> HandleAsync(ClubFeed request, Caller caller, CancellationToken cancellationToken)
    {
        var from = clock.UtcNow.AddDays(-7);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var events = await CalendarFiles.EventsAsync(db.GroupRunOccurrences.AsNoTracking().Where(o => o.StartUtc >= from), cancellationToken);
        return files.Write("Alphas Run Crew group runs", events);
    }
}
