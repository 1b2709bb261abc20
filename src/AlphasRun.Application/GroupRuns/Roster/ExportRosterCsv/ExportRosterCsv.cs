namespace AlphasRun.Application.GroupRuns.Roster.ExportRosterCsv;

/// <summary>The roster and attendance as CSV (UTF-8), for the run leaders' records.</summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record ExportRosterCsv(Guid RunId) : IUseCase<Result<RosterCsv>>;

internal sealed class ExportRosterCsvHandler(IAlphasRunDbFactory dbFactory, RunCalendar calendar) : IUseCaseHandler<ExportRosterCsv, Result<RosterCsv>>
{
    public async Task<Result<RosterCsv>> HandleAsync(ExportRosterCsv request, Caller caller, CancellationToken cancellationToken) =>
        await RosterReader.ReadAsync(dbFactory, calendar, request.RunId, cancellationToken) is { } roster
            ? Result<RosterCsv>.Ok(RosterCsvFormat.Write(roster))
            : Result<RosterCsv>.NotFound("There is no such run.");
}
