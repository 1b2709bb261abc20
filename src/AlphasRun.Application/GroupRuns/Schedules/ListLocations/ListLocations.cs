namespace AlphasRun.Application.GroupRuns.Schedules.ListLocations;

/// <summary>Where the crew can meet, for the weekly-run editor.</summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record ListLocations : IUseCase<Result<IReadOnlyList<LocationOptionDto>>>;

internal sealed class ListLocationsHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<ListLocations, Result<IReadOnlyList<LocationOptionDto>>>
{
    public async Task<Result<IReadOnlyList<LocationOptionDto>>> HandleAsync(ListLocations request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return Result<IReadOnlyList<LocationOptionDto>>.Ok(
            await db.Locations.AsNoTracking().OrderBy(l => l.Name).Select(l => new LocationOptionDto(l.Id, l.Name)).ToListAsync(cancellationToken));
    }
}
