using AlphasRun.Application.Common;
using AlphasRun.Application.Notifications;
using Microsoft.AspNetCore.Identity;

namespace AlphasRun.Infrastructure.Identity;

/// <summary>Identity's account emails (confirm, reset) in the crew's words and layout, through the app's one email sender.</summary>
internal sealed class IdentityEmailSender(IEmailSender sender, IPublicUrls urls) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        SendAsync(email, "Confirm your email for the Alphas Run Crew", "Welcome to the Alphas Run Crew!",
            ["Confirm your email address with the link below, so we can reach you when a run is cancelled or a place opens up for you.",
             "See you at Panera Bread (Hwy 7 and Birchmount)."],
            [new EmailLink("Confirm my email", confirmationLink), new EmailLink("Register for a run", urls.Absolute("runs"))]);

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        SendAsync(email, "Reset your Alphas Run password", null,
            ["Someone (hopefully you) asked to reset your Alphas Run password. Choose a new one with the link below.",
             "If it wasn't you, ignore this email: your password stays as it is."],
            [new EmailLink("Choose a new password", resetLink)]);

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        SendAsync(email, "Your Alphas Run password reset code", null, [$"Your reset code: {resetCode}"], []);

    private Task SendAsync(string email, string subject, string? greeting, string[] paragraphs, EmailLink[] links)
    {
        var bodies = EmailLayout.Compose(urls, greeting, paragraphs, links);
        return sender.SendAsync(email, subject, bodies.Text, bodies.Html);
    }
}
