namespace AlphasRun.Application.Runners.Accounts;

/// <summary>The sign-in form.</summary>
public sealed class SignInForm
{
    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public bool RememberMe { get; set; }
}

/// <summary>An email to send an account link to (forgot password, resend the confirmation).</summary>
public sealed class AccountEmailForm
{
    public string Email { get; set; } = string.Empty;
}

/// <summary>Choosing a new password from the link in a reset email.</summary>
public sealed class ResetPasswordForm
{
    public string Code { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}

/// <summary>A signed-in member changing their password.</summary>
public sealed class ChangePasswordForm
{
    public string OldPassword { get; set; } = string.Empty;

    public string NewPassword { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}

/// <summary>A signed-in member deleting their account, confirmed with their password.</summary>
public sealed class DeleteAccountForm
{
    public string Password { get; set; } = string.Empty;
}
