using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.GroupRuns.Seats;

namespace AlphasRun.Application.GroupRuns;

/// <summary>
/// A member's own registrations: register, cancel, standing registrations and the calendar feed.
/// Every call works out the runner from the signed-in user; nobody can act for someone else.
/// </summary>
public sealed partial class RegistrationService(
    IAlphasRunDbFactory dbFactory,
    AccessGuard guard,
    ClubClock clock,
    RunSeats seats,
    Runners.RunnerDirectory runners,
    CancellationUndo undo)
{
    public async Task<Result<RegistrationOutcome>> RegisterAsync(Guid occurrenceId, string? paceGroup, CancellationToken cancellationToken = default)
    {
        if (await CurrentRunnerIdAsync(cancellationToken) is not { } runnerId)
        {
            return Result<RegistrationOutcome>.Forbidden();
        }

        return await seats.RegisterAsync(runnerId, occurrenceId, Clean(paceGroup), fromStanding: false, cancellationToken);
    }

    internal async Task<Guid?> CurrentRunnerIdAsync(CancellationToken cancellationToken) =>
        await guard.UserIdAsync() is { } userId ? await runners.RunnerIdAsync(userId, cancellationToken) : null;

    private static string? Clean(string? paceGroup) => string.IsNullOrWhiteSpace(paceGroup) ? null : paceGroup.Trim();
}
