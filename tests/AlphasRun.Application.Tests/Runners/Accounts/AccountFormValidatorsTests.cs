using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Runners;
using AlphasRun.Application.Runners.Accounts;

namespace AlphasRun.Application.Tests.Runners.Accounts;

/// <summary>Every form that takes a new password says the same thing for the same rule.</summary>
public sealed class AccountFormValidatorsTests
{
    [Theory]
    [InlineData("", AccountRules.PasswordRequired)]
    [InlineData("too short", AccountRules.PasswordTooShort)]
    [InlineData("password123", CommonPasswords.Message)]
    public void NewPassword_IsRefusedInTheSameWords_ByJoinResetAndChangePassword(string password, string message)
    {
        var join = MembershipServiceTests.Form("a@example.com");
        join.Password = join.ConfirmPassword = password;
        var reset = new ResetPasswordForm { Code = "x", Email = "a@example.com", Password = password, ConfirmPassword = password };
        var change = new ChangePasswordForm { OldPassword = "the old one", NewPassword = password, ConfirmPassword = password };

        new JoinFormValidator().Validate(join).Errors.Where(e => e.PropertyName == nameof(JoinForm.Password)).Select(e => e.ErrorMessage).ShouldContain(message);
        new ResetPasswordFormValidator().Validate(reset).Errors.Where(e => e.PropertyName == nameof(ResetPasswordForm.Password)).Select(e => e.ErrorMessage).ShouldContain(message);
        new ChangePasswordFormValidator().Validate(change).Errors.Where(e => e.PropertyName == nameof(ChangePasswordForm.NewPassword)).Select(e => e.ErrorMessage).ShouldContain(message);
    }

    [Fact]
    public void ResetPassword_RefusesAPasswordMadeFromTheEmail_AndTwoThatDiffer()
    {
        var result = new ResetPasswordFormValidator().Validate(new ResetPasswordForm
        {
            Code = "x", Email = "marathonermaya@example.com", Password = "marathonermaya1", ConfirmPassword = "marathonermaya2",
        });

        result.Errors.ShouldContain(e => e.PropertyName == nameof(ResetPasswordForm.Password) && e.ErrorMessage == CommonPasswords.Message);
        result.Errors.ShouldContain(e => e.PropertyName == nameof(ResetPasswordForm.ConfirmPassword) && e.ErrorMessage == AccountRules.PasswordsDiffer);
    }

    [Theory]
    [InlineData("", AccountRules.EmailRequired)]
    [InlineData("not-an-email", AccountRules.EmailInvalid)]
    public void Email_IsRefusedInTheSameWords_BySignInAndTheEmailForms(string email, string message)
    {
        // The first message is the one shown beside the field.
        new SignInFormValidator().Validate(new SignInForm { Email = email, Password = "x" }).Errors.First().ErrorMessage.ShouldBe(message);
        new AccountEmailFormValidator().Validate(new AccountEmailForm { Email = email }).Errors.First().ErrorMessage.ShouldBe(message);
    }

    [Fact]
    public void SignIn_And_DeleteAccount_NeedAPassword_ButNotAGoodOne()
    {
        new SignInFormValidator().Validate(new SignInForm { Email = "a@example.com", Password = "" }).Errors.Single().ErrorMessage.ShouldBe("Enter your password.");
        new SignInFormValidator().Validate(new SignInForm { Email = "a@example.com", Password = "short" }).IsValid.ShouldBeTrue();
        new DeleteAccountFormValidator().Validate(new DeleteAccountForm()).Errors.Single().ErrorMessage.ShouldBe("Enter your password to confirm.");
    }
}
