namespace AlphasRun.Application.Runners.SetLocked;

/// <summary>Locks a member's account (their open sessions end) or unlocks it.</summary>
[RequiresPolicy(Policies.CanManageMembers)]
public sealed record SetLocked(string UserId, bool Locked) : IUseCase<Result>;

internal sealed class SetLockedHandler(IMemberAccounts accounts) : IUseCaseHandler<SetLocked, Result>
{
    public Task<Result> HandleAsync(SetLocked request, Caller caller, CancellationToken cancellationToken) =>
        caller.UserId == request.UserId
            ? Task.FromResult(Result.Fail("You can't lock your own account."))
            : accounts.SetLockedAsync(request.UserId, request.Locked, cancellationToken);
}
