using AlphasRun.Application.GroupRuns.Seats;
using AlphasRun.Application.Runners;

namespace AlphasRun.Application.GroupRuns.Cancel.UndoCancellation;

/// <summary>
/// "Undo" right after a member cancelled their own place: back in, or back at their place on the waitlist
/// (see <see cref="RunSeats.RestoreAsync"/>). Only for <see cref="CancellationUndo.Window"/>.
/// </summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record UndoCancellation(Guid RunId) : IUseCase<Result<RegistrationOutcome>>;

internal sealed class UndoCancellationHandler(RunnerDirectory runners, RunSeats seats, CancellationUndo undo) : IUseCaseHandler<UndoCancellation, Result<RegistrationOutcome>>
{
    public async Task<Result<RegistrationOutcome>> HandleAsync(UndoCancellation request, Caller caller, CancellationToken cancellationToken)
    {
        if (await runners.RunnerIdAsync(caller.Member, cancellationToken) is not { } runnerId)
        {
            return Result<RegistrationOutcome>.Forbidden();
        }

        if (await undo.TakeAsync(runnerId, request.RunId, cancellationToken) is not { } cancelled)
        {
            return Result<RegistrationOutcome>.Fail("It's too late to undo that: register again if there's still room.");
        }

        return await seats.RestoreAsync(runnerId, request.RunId, cancelled.Was, cancelled.CancelledUtc, cancellationToken);
    }
}
