namespace AlphasRun.Application.GroupRuns.Upcoming.ComingRuns;

/// <summary>
/// The crew's coming runs for the next <paramref name="Days"/> days (at most <paramref name="Take"/>), in start order:
/// the list the home page, /runs, the welcome page and the coach corner share. One compiled query; the caller's own
/// places come separately (<c>MyPlaces</c>), so a visitor's page asks nothing about anyone.
/// </summary>
[Public]
public sealed record ComingRuns(int Days, int? Take = null) : IUseCase<IReadOnlyList<UpcomingRunDto>>;

internal sealed class ComingRunsHandler(RunCalendar calendar) : IUseCaseHandler<ComingRuns, IReadOnlyList<UpcomingRunDto>>
{
    public Task<IReadOnlyList<UpcomingRunDto>> HandleAsync(ComingRuns request, Caller caller, CancellationToken cancellationToken) =>
        calendar.GetUpcomingAsync(request.Days, request.Take, cancellationToken);
}
