using AlphasRun.Application.GroupRuns.Seats;
using AlphasRun.Application.Runners;

namespace AlphasRun.Application.GroupRuns.Register.RegisterForRun;

/// <summary>
/// The signed-in member takes a place on one run, or joins its waitlist when it is full (<see cref="RunSeats"/>).
/// The runner is always the caller: nobody registers someone else.
/// </summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record RegisterForRun(Guid RunId, string? PaceGroup) : IUseCase<Result<RegistrationOutcome>>;

internal sealed class RegisterForRunHandler(RunnerDirectory runners, RunSeats seats) : IUseCaseHandler<RegisterForRun, Result<RegistrationOutcome>>
{
    public async Task<Result<RegistrationOutcome>> HandleAsync(RegisterForRun request, Caller caller, CancellationToken cancellationToken) =>
        await runners.RunnerIdAsync(caller.Member, cancellationToken) is { } runnerId
            ? await seats.RegisterAsync(runnerId, request.RunId, PaceGroupChoice.Clean(request.PaceGroup), fromStanding: false, cancellationToken)
            : Result<RegistrationOutcome>.Forbidden();
}
