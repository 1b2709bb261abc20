namespace AlphasRun.Application.Runners.SetCoach;

/// <summary>Makes a member a coach, or takes the role back.</summary>
[RequiresPolicy(Policies.CanManageMembers)]
public sealed record SetCoach(string Email, bool IsCoach) : IUseCase<Result>;

internal sealed class SetCoachHandler(IMemberAccounts accounts) : IUseCaseHandler<SetCoach, Result>
{
    public Task<Result> HandleAsync(SetCoach request, Caller caller, CancellationToken cancellationToken) =>
        accounts.SetRoleAsync(request.Email, Roles.Coach, request.IsCoach, cancellationToken);
}
