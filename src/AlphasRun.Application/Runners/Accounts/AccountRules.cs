using FluentValidation;

namespace AlphasRun.Application.Runners.Accounts;

/// <summary>
/// The rules for an email address and a new password, with one wording each, shared by every form that takes
/// one (join, reset, change password). Identity checks a new password again and says the same
/// (<c>AlphasRunIdentityErrors</c>), so a member reads one sentence per rule whichever check refused it.
/// </summary>
public static class AccountRules
{
    public const int EmailMax = 256;
    public const int PasswordMin = 10;
    public const int PasswordMax = 128;

    public const string EmailRequired = "Enter your email address.";
    public const string EmailTooLong = "Email: at most 256 characters.";
    public const string EmailInvalid = "Enter a valid email address, like name@example.com.";
    public const string PasswordRequired = "Choose a password.";
    public const string PasswordTooShort = "Use at least 10 characters; a short sentence works well.";
    public const string PasswordTooLong = "Password: at most 128 characters.";
    public const string PasswordsDiffer = "The two passwords don't match.";

    public static IRuleBuilderOptions<T, string> AccountEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(EmailRequired)
            .MaximumLength(EmailMax).WithMessage(EmailTooLong)
            .EmailAddress().WithMessage(EmailInvalid);

    /// <summary>A password being chosen: 10 to 128 characters, not a common one (ASVS 2.1.1, 2.1.2, 2.1.7), no composition rules.</summary>
    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule, Func<T, string?>? emailOf = null) =>
        rule.NotEmpty().WithMessage(PasswordRequired)
            .MinimumLength(PasswordMin).WithMessage(PasswordTooShort)
            .MaximumLength(PasswordMax).WithMessage(PasswordTooLong)
            .Must((form, password) => !CommonPasswords.IsCommon(password, emailOf?.Invoke(form))).WithMessage(CommonPasswords.Message);

    /// <summary>A password being checked (sign in, re-confirming): present and not absurdly long; its quality is not the form's business.</summary>
    public static IRuleBuilderOptions<T, string> ExistingPassword<T>(this IRuleBuilder<T, string> rule, string requiredMessage) =>
        rule.NotEmpty().WithMessage(requiredMessage)
            .MaximumLength(PasswordMax).WithMessage(PasswordTooLong);

    public static IRuleBuilderOptions<T, string> SamePasswordAs<T>(this IRuleBuilder<T, string> rule, Func<T, string> password) =>
        rule.Must((form, again) => string.Equals(again, password(form), StringComparison.Ordinal)).WithMessage(PasswordsDiffer);
}
