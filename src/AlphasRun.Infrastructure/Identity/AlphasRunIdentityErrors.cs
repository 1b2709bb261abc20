using AlphasRun.Application.Common;
using AlphasRun.Application.Runners.Accounts;
using Microsoft.AspNetCore.Identity;

namespace AlphasRun.Infrastructure.Identity;

/// <summary>
/// Identity's password checks in the forms' words (<see cref="AccountRules"/>), so a refused password reads the
/// same whether the form's validator or Identity caught it.
/// </summary>
internal sealed class AlphasRunIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = AccountRules.PasswordTooShort };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = AccountRules.EmailInvalid };
}

/// <summary>Identity's answers as the problems a form shows: password rules beside the password field.</summary>
public static class IdentityProblems
{
    public static IReadOnlyList<Problem> ToProblems(this IdentityResult result, string passwordField)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Errors
            .Select(e => new Problem(e.Description, IsPasswordRule(e) ? passwordField : null))
            .Distinct()];
    }

    public static bool IsPasswordRule(IdentityError error) =>
        error?.Code.StartsWith("Password", StringComparison.Ordinal) == true && error.Code != nameof(IdentityErrorDescriber.PasswordMismatch);
}
