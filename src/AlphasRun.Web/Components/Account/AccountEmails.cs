using System.Text;
using AlphasRun.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace AlphasRun.Web.Components.Account;

/// <summary>Builds the confirmation link for a new member (the link needs the site's address, which the web layer knows).</summary>
internal sealed class AccountEmails(IServiceScopeFactory scopes, IEmailSender<ApplicationUser> emailSender)
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
