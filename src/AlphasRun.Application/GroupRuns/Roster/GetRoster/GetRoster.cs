namespace AlphasRun.Application.GroupRuns.Roster.GetRoster;

/// <summary>A run's roster for its leaders: who is coming by pace group, with emergency contacts, and the waitlist.</summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record GetRoster(Guid RunId) : IUseCase<Result<RosterDto>>;

internal sealed class GetRosterHandler(IAlphasRunDbFactory dbFactory, RunCalendar calendar) : IUseCaseHandler<GetRoster, Result<RosterDto>>
{
    public async Task<Result<RosterDto>> HandleAsync(GetRoster request, Caller caller, CancellationToken cancellationToken) =>
        await RosterReader.ReadAsync(dbFactory, calendar, request.RunId, cancellationToken) is { } roster
            ? Result<RosterDto>.Ok(roster)
            : Result<RosterDto>.NotFound("There is no such run.");
}
