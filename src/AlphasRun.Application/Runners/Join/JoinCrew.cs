namespace AlphasRun.Application.Runners.Join;

/// <summary>
/// Creates the member. An email that already has an account is not an error the visitor sees (that would
/// tell anyone who is a member): the outcome says so, and the page mails the owner instead.
/// </summary>
[Public]
public sealed record JoinCrew(JoinForm Member) : IUseCase<Result<JoinOutcome>>, IFormRequest<JoinForm>
{
    public JoinForm Form => Member;
}

internal sealed class JoinCrewHandler(IMemberAccounts accounts, ClubClock clock) : IUseCaseHandler<JoinCrew, Result<JoinOutcome>>
{
    public async Task<Result<JoinOutcome>> HandleAsync(JoinCrew request, Caller caller, CancellationToken cancellationToken)
    {
        var form = request.Member;
        var created = await accounts.CreateMemberAsync(form, clock.UtcNow, cancellationToken);
        if (created.Succeeded)
        {
            return Result<JoinOutcome>.Ok(new JoinOutcome(created.Value!, AlreadyMember: false));
        }

        if (created.Problems.Any(p => p.Message == IMemberAccounts.DuplicateEmailMessage)
            && await accounts.UserIdOfEmailAsync(form.Email.Trim(), cancellationToken) is { } existing)
        {
            return Result<JoinOutcome>.Ok(new JoinOutcome(existing, AlreadyMember: true));
        }

        return Result<JoinOutcome>.Fail(created.Problems);
    }
}
