using AlphasRun.Application.Common;
using AlphasRun.Application.GroupRuns.Seats;

namespace AlphasRun.Application.GroupRuns;

/// <summary>A member gives up their place; the first runner waiting gets it (see <see cref="RunSeats"/>).</summary>
public sealed partial class RegistrationService
{
    public async Task<Result> CancelAsync(Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        if (await CurrentRunnerIdAsync(cancellationToken) is not { } runnerId)
        {
            return Result.Forbidden();
        }

        var result = await seats.CancelAsync(runnerId, occurrenceId, cancellationToken);
        if (result is { Succeeded: true, Value: { } cancelled })
        {
            await undo.RememberAsync(runnerId, occurrenceId, cancelled.Was, cancelled.CancelledUtc, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// "Undo" right after a member cancelled their own place: back in, or back at their place on the waitlist
    /// (see <see cref="RunSeats.RestoreAsync"/>). Only for <see cref="CancellationUndo.Window"/>.
    /// </summary>
    public async Task<Result<RegistrationOutcome>> UndoCancelAsync(Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        if (await CurrentRunnerIdAsync(cancellationToken) is not { } runnerId)
        {
            return Result<RegistrationOutcome>.Forbidden();
        }

        if (await undo.TakeAsync(runnerId, occurrenceId, cancellationToken) is not { } cancelled)
        {
            return Result<RegistrationOutcome>.Fail("It's too late to undo that: register again if there's still room.");
        }

        return await seats.RestoreAsync(runnerId, occurrenceId, cancelled.Was, cancelled.CancelledUtc, cancellationToken);
    }
}
