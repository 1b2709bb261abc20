using AlphasRun.Application.Common;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace AlphasRun.Infrastructure.Email;

/// <summary>The default sender: each message becomes an .eml file in a folder (open it with any mail client).</summary>
internal sealed partial class PickupFolderEmailSender(EmailSettings settings, ILogger<PickupFolderEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(settings.PickupDirectory);
        var message = settings.Compose(recipient, subject, body);
        var path = Path.Combine(settings.PickupDirectory, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, cancellationToken);
        LogWritten(path, recipient, subject);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email written to {Path} (to {To}: {Subject})")]
    private partial void LogWritten(string path, string to, string subject);
}

/// <summary>Production: SMTP through MailKit, when <c>AlphasRun:Email:SmtpHost</c> is set.</summary>
internal sealed class SmtpEmailSender(EmailSettings settings) : IEmailSender
{
    public async Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default)
    {
        using var client = new MailKit.Net.Smtp.SmtpClient();
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("AlphasRun:Email:SmtpHost is not set."), settings.SmtpPort, MailKit.Security.SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(settings.Compose(recipient, subject, body), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

/// <summary>Settings under <c>AlphasRun:Email</c>.</summary>
public sealed class EmailSettings
{
    public string From { get; set; } = "Alphas Run Crew <no-reply@alphasrun.local>";

    /// <summary>Where .eml files go when no SMTP host is set; relative paths are under the content root.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    internal MimeMessage Compose(string to, string subject, string body)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }
}
