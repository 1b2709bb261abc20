using System.Text;
using System.Threading.Channels;
using AlphasRun.Application.Common;
using AlphasRun.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace AlphasRun.Web.Features.Account;

/// <summary>The account emails a visitor's action can trigger.</summary>
internal enum AccountMail
{
    /// <summary>"Confirm your email", after joining or on request.</summary>
    Confirmation,

    /// <summary>"Choose a new password".</summary>
    PasswordReset,

    /// <summary>"Someone tried to join with your email": for a join with an address that already has an account.</summary>
    JoinAttempt,
}

/// <summary>
/// Account emails with links into the site (from the configured public origin). They are queued and sent in
/// the background, so a form answers in the same time whether or not the email has an account.
/// </summary>
internal interface IAccountEmails
{
    void Queue(AccountMail mail, string userId);
}

/// <inheritdoc cref="IAccountEmails" />
internal sealed partial class AccountEmails(
    IServiceScopeFactory scopes, IEmailSender<ApplicationUser> identityEmails, IEmailSender emails, IPublicUrls urls, ILogger<AccountEmails> logger)
    : BackgroundService, IAccountEmails
{
    private readonly Channel<(AccountMail Mail, string UserId)> _queue =
        Channel.CreateBounded<(AccountMail, string)>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Queue(AccountMail mail, string userId)
    {
        if (!_queue.Writer.TryWrite((mail, userId)))
        {
            LogDropped(mail);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (mail, userId) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(mail, userId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex, mail);
            }
        }
    }

    internal async Task SendAsync(AccountMail mail, string userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is not { Email: { } email } user)
        {
            return;
        }

        switch (mail)
        {
            case AccountMail.Confirmation when !user.EmailConfirmed:
                var confirm = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
                await identityEmails.SendConfirmationLinkAsync(user, email, urls.Absolute($"account/confirm-email?userId={Uri.EscapeDataString(userId)}&code={confirm}"));
                break;
            case AccountMail.PasswordReset:
                var reset = Encode(await users.GeneratePasswordResetTokenAsync(user));
                await identityEmails.SendPasswordResetLinkAsync(user, email, urls.Absolute($"account/reset-password?code={reset}"));
                break;
            case AccountMail.JoinAttempt:
                await emails.SendAsync(email, "Someone tried to join the Alphas Run Crew with your email",
                    $"Someone (maybe you) tried to join the Alphas Run Crew with this email address, which already has an account.\n\n"
                    + $"If it was you: sign in at {urls.Absolute("account/login")}\nForgot your password? Choose a new one at {urls.Absolute("account/forgot-password")}\n\n"
                    + "If it wasn't you, there's nothing to do: nobody can join with your address, and your account is unchanged.",
                    cancellationToken);
                break;
        }
    }

    private static string Encode(string token) => Uri.EscapeDataString(WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account email queue full; a {Mail} email was not sent")]
    private partial void LogDropped(AccountMail mail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not send a {Mail} email")]
    private partial void LogFailed(Exception ex, AccountMail mail);
}
