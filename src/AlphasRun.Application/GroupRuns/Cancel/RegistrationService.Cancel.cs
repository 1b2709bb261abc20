using AlphasRun.Application.Common;

namespace AlphasRun.Application.GroupRuns;

/// <summary>A member gives up their place; the first runner waiting gets it (see <see cref="Waitlist"/>).</summary>
public sealed partial class RegistrationService
{
    public async Task<Result> CancelAsync(Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        if (await CurrentRunnerIdAsync(cancellationToken) is not { } runnerId)
        {
            return Result.Forbidden();
        }

        return await writer.CancelAsync(runnerId, occurrenceId, cancellationToken);
    }
}
