using AlphasRun.Application.GroupRuns.Seats;
using AlphasRun.Application.Runners;

namespace AlphasRun.Application.GroupRuns.Cancel.CancelRegistration;

/// <summary>
/// The member gives up their own place (or waitlist spot); a confirmed place goes to the first runner waiting
/// (<see cref="RunSeats"/>). What was cancelled is remembered for "Undo" (<see cref="CancellationUndo"/>).
/// </summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record CancelRegistration(Guid RunId) : IUseCase<Result>;

internal sealed class CancelRegistrationHandler(RunnerDirectory runners, RunSeats seats, CancellationUndo undo) : IUseCaseHandler<CancelRegistration, Result>
{
    public async Task<Result> HandleAsync(CancelRegistration request, Caller caller, CancellationToken cancellationToken)
    {
        if (await runners.RunnerIdAsync(caller.Member, cancellationToken) is not { } runnerId)
        {
            return Result.Forbidden();
        }

        var result = await seats.CancelAsync(runnerId, request.RunId, cancellationToken);
        if (result is { Succeeded: true, Value: { } cancelled })
        {
            await undo.RememberAsync(runnerId, request.RunId, cancelled.Was, cancelled.CancelledUtc, cancellationToken);
        }

        return result;
    }
}
