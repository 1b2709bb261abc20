using AlphasRun.Application.Common;
using Microsoft.AspNetCore.Identity;

namespace AlphasRun.Infrastructure.Identity;

/// <summary>Identity's account emails (confirm, reset) in the crew's words, through the app's one email sender.</summary>
internal sealed class IdentityEmailSender(IEmailSender sender) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        sender.SendAsync(email, "Confirm your email for the Alphas Run Crew",
            $"Welcome to the Alphas Run Crew!\n\nConfirm your email address by opening this link:\n{confirmationLink}\n\nSee you at Panera Bread (Hwy 7 and Birchmount).");

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        sender.SendAsync(email, "Reset your Alphas Run password",
            $"Someone (hopefully you) asked to reset your Alphas Run password.\n\nChoose a new one here:\n{resetLink}\n\nIf it wasn't you, ignore this email: your password stays as it is.");

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        sender.SendAsync(email, "Your Alphas Run password reset code", $"Your reset code: {resetCode}");
}
