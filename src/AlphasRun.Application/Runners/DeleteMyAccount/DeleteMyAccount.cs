using AlphasRun.Application.GroupRuns.Seats;
using AlphasRun.Application.Runners.Accounts;

namespace AlphasRun.Application.Runners.DeleteMyAccount;

/// <summary>
/// Deletes the signed-in member's account and everything of theirs, once their password is re-checked: first their
/// coming places go back (the waitlist moves up, as when they cancel) and their "every week" registrations end, then
/// the account and profile go; past runs keep them only as anonymous counts.
/// </summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record DeleteMyAccount(DeleteAccountForm Account) : IUseCase<Result>, IFormRequest<DeleteAccountForm>
{
    public DeleteMyAccount(string password)
        : this(new DeleteAccountForm { Password = password })
    {
    }

    public DeleteAccountForm Form => Account;
}

internal sealed class DeleteMyAccountHandler(IMemberAccounts accounts, RunnerDirectory runners, RunSeats seats) : IUseCaseHandler<DeleteMyAccount, Result>
{
    public async Task<Result> HandleAsync(DeleteMyAccount request, Caller caller, CancellationToken cancellationToken)
    {
        var password = await accounts.CheckPasswordAsync(caller.Member, request.Account.Password, cancellationToken);
        if (!password.Succeeded)
        {
            return password;
        }

        if (await runners.RunnerIdAsync(caller.Member, cancellationToken) is { } runnerId)
        {
            await seats.GiveBackEverythingAsync(runnerId, cancellationToken);
        }

        return await accounts.DeleteMemberAsync(caller.Member, cancellationToken);
    }
}
