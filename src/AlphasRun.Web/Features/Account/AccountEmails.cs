using System.Text;
using AlphasRun.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace AlphasRun.Web.Features.Account;

/// <summary>Account emails whose links need the site's address, which only the web layer knows.</summary>
internal interface IAccountEmails
{
    Task SendConfirmationAsync(string userId, string baseUri);
}

/// <summary>Sends a new member the link that confirms their email.</summary>
internal sealed class AccountEmails(IServiceScopeFactory scopes, IEmailSender<ApplicationUser> emailSender) : IAccountEmails
{
    public async Task SendConfirmationAsync(string userId, string baseUri)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is not { Email: { } email } user)
        {
            return;
        }

        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var link = $"{baseUri.TrimEnd('/')}/account/confirm-email?userId={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(code)}";
        await emailSender.SendConfirmationLinkAsync(user, email, link);
    }
}
