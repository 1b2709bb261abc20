using AlphasRun.Application.Runners.Accounts;

namespace AlphasRun.Application.Runners.DeleteMyAccount;

/// <summary>Deletes the signed-in member's account and everything of theirs, once their password is re-checked.</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record DeleteMyAccount(DeleteAccountForm Account) : IUseCase<Result>, IFormRequest<DeleteAccountForm>
{
    public DeleteMyAccount(string password)
        : this(new DeleteAccountForm { Password = password })
    {
    }

    public DeleteAccountForm Form => Account;
}

internal sealed class DeleteMyAccountHandler(IMemberAccounts accounts) : IUseCaseHandler<DeleteMyAccount, Result>
{
    public Task<Result> HandleAsync(DeleteMyAccount request, Caller caller, CancellationToken cancellationToken) =>
        accounts.DeleteMemberAsync(caller.Member, request.Account.Password, cancellationToken);
}
