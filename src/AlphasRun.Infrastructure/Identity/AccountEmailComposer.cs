using System.Buffers.Text;
using System.Text;
using AlphasRun.Application.Common;
using AlphasRun.Application.Notifications;
using Microsoft.AspNetCore.Identity;

namespace AlphasRun.Infrastructure.Identity;

/// <summary>
/// Writes the account emails queued in the outbox (confirm, reset, "someone tried to join") in the crew's words and
/// layout, with links from the configured public origin. The token in a link is made here, when the email is sent:
/// the outbox row holds the kind and the user id, never a secret.
/// </summary>
public sealed class AccountEmailComposer(UserManager<ApplicationUser> users, IPublicUrls urls)
{
    /// <summary>The email, or null when there is nothing to send (account gone, email already confirmed).</summary>
    public async Task<EmailMessage?> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        if (message.UserId is not { } userId || await users.FindByIdAsync(userId) is not { Email: { } email } user)
        {
            return null;
        }

        switch (message.Kind)
        {
            case OutboxMessage.ConfirmEmailKind:
                if (user.EmailConfirmed)
                {
                    return null;
                }

                var confirm = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
                return Email(email, "Confirm your email for the Alphas Run Crew", "Welcome to the Alphas Run Crew!",
                    ["Confirm your email address with the link below, so we can reach you when a run is cancelled or a place opens up for you.",
                     "See you at Panera Bread (Hwy 7 and Birchmount)."],
                    [new EmailLink("Confirm my email", urls.Absolute($"account/confirm-email?userId={Uri.EscapeDataString(userId)}&code={confirm}")),
                     new EmailLink("Register for a run", urls.Absolute("runs"))]);
            case OutboxMessage.PasswordResetKind:
                var reset = Encode(await users.GeneratePasswordResetTokenAsync(user));
                return Email(email, "Reset your Alphas Run password", null,
                    ["Someone (hopefully you) asked to reset your Alphas Run password. Choose a new one with the link below.",
                     "If it wasn't you, ignore this email: your password stays as it is."],
                    [new EmailLink("Choose a new password", urls.Absolute($"account/reset-password?code={reset}"))]);
            case OutboxMessage.JoinAttemptKind:
                return Email(email, "Someone tried to join the Alphas Run Crew with your email", null,
                    ["Someone (maybe you) tried to join the Alphas Run Crew with this email address, which already has an account.",
                     "If it wasn't you, there's nothing to do: nobody can join with your address, and your account is unchanged."],
                    [new EmailLink("Sign in", urls.Absolute("account/login")), new EmailLink("Forgot your password? Choose a new one", urls.Absolute("account/forgot-password"))]);
            default:
                throw new InvalidOperationException($"Unknown account email kind '{message.Kind}'.");
        }
    }

    private EmailMessage Email(string to, string subject, string? greeting, string[] paragraphs, EmailLink[] links)
    {
        var bodies = EmailLayout.Compose(urls, greeting, paragraphs, links);
        return new EmailMessage(to, subject, bodies.Text, bodies.Html);
    }

    private static string Encode(string token) => Uri.EscapeDataString(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token)));
}
