using AlphasRun.Application.Common.Security;
using Microsoft.AspNetCore.Identity;

namespace AlphasRun.Infrastructure.Identity;

/// <summary>
/// Re-checks a signed-in member's password before a sensitive change (new password, deleting the account);
/// a wrong one counts towards the lockout like a wrong sign-in, so these forms cannot be used to guess passwords.
/// </summary>
public static class PasswordRecheck
{
    public const string LockedMessage = "Too many wrong passwords: your account is locked for a while. Try again later, or ask an admin to unlock it.";

    public const string WrongMessage = "That password is not right.";

    /// <summary>Null when the password is right; otherwise the message to show.</summary>
    public static async Task<string?> CheckAsync(UserManager<ApplicationUser> users, ApplicationUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (await users.IsLockedOutAsync(user))
        {
            return LockedMessage;
        }

        if (!string.IsNullOrEmpty(password) && await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return null;
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? LockedMessage : WrongMessage;
    }
}

/// <summary>Identity's side of ASVS 2.1.7: join, reset and change password all refuse the most common passwords.</summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password) =>
        Task.FromResult(CommonPasswords.IsCommon(password, user?.Email)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = CommonPasswords.Message })
            : IdentityResult.Success);
}
