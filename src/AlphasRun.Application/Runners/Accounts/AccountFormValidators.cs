using FluentValidation;

namespace AlphasRun.Application.Runners.Accounts;

public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public SignInFormValidator()
    {
        RuleFor(f => f.Email).AccountEmail();
        RuleFor(f => f.Password).ExistingPassword("Enter your password.");
    }
}

public sealed class AccountEmailFormValidator : AbstractValidator<AccountEmailForm>
{
    public AccountEmailFormValidator() => RuleFor(f => f.Email).AccountEmail();
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator()
    {
        RuleFor(f => f.Email).AccountEmail();
        RuleFor(f => f.Password).NewPassword(f => f.Email);
        RuleFor(f => f.ConfirmPassword).SamePasswordAs(f => f.Password);
    }
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.OldPassword).ExistingPassword("Enter your current password.");
        RuleFor(f => f.NewPassword).NewPassword();
        RuleFor(f => f.ConfirmPassword).SamePasswordAs(f => f.NewPassword);
    }
}

public sealed class DeleteAccountFormValidator : AbstractValidator<DeleteAccountForm>
{
    public DeleteAccountFormValidator() => RuleFor(f => f.Password).ExistingPassword("Enter your password to confirm.");
}
