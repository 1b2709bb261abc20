using FluentValidation;

namespace AlphasRun.Application.Runners.ListMembers;

/// <summary>The admins' member list, optionally searched by name or email.</summary>
[RequiresPolicy(Policies.CanManageMembers)]
public sealed record ListMembers(string? Search = null) : IUseCase<Result<IReadOnlyList<MemberDto>>>;

internal sealed class ListMembersValidator : AbstractValidator<ListMembers>
{
    public const int SearchMax = 100;

    public ListMembersValidator() =>
        RuleFor(r => r.Search).Must(s => s is null || s.Trim().Length <= SearchMax)
            .WithMessage($"Search for at most {SearchMax} characters.").OverridePropertyName("search");
}

internal sealed class ListMembersHandler(IMemberAccounts accounts) : IUseCaseHandler<ListMembers, Result<IReadOnlyList<MemberDto>>>
{
    public async Task<Result<IReadOnlyList<MemberDto>>> HandleAsync(ListMembers request, Caller caller, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<MemberDto>>.Ok(await accounts.ListMembersAsync(request.Search?.Trim(), cancellationToken));
}
