using AlphasRun.Application.Common;
using AlphasRun.Infrastructure.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AlphasRun.Infrastructure.Email;

/// <summary>
/// The default sender: each message becomes an .eml file in a folder (open it with any mail client). The log names the
/// file, never the recipient (the file holds a personal address and often a sign-in link); <see cref="PickupRetentionJob"/>
/// deletes the files older than <see cref="EmailSettings.PickupRetention"/>.
/// </summary>
internal sealed partial class PickupFolderEmailSender(IOptions<EmailSettings> options, ILogger<PickupFolderEmailSender> logger, TimeProvider time) : IEmailSender
{
    private readonly EmailSettings _settings = options.Value;

    public Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, subject, body, null, cancellationToken);

    public Task SendAsync(string recipient, string subject, string body, string? html, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, subject, body, html, [], cancellationToken);

    public async Task SendAsync(string recipient, string subject, string body, string? html, IReadOnlyList<EmailAttachment> attachments, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_settings.PickupDirectory);
        var message = _settings.Compose(recipient, subject, body, html, attachments);
        var file = $"{time.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(_settings.PickupDirectory, file), cancellationToken);
        LogWritten(file);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email written to the pickup folder as {File}")]
    private partial void LogWritten(string file);
}

/// <summary>
/// Deletes .eml files older than <see cref="EmailSettings.PickupRetention"/> from the pickup folder, hourly. On every
/// instance (<see cref="RecurringJob.EveryInstance"/>): each may have a folder of its own.
/// </summary>
public sealed partial class PickupRetentionJob(IOptions<EmailSettings> options, TimeProvider time, ILogger<PickupRetentionJob> logger) : RecurringJob
{
    public const string JobName = "pickup-retention";

    private readonly EmailSettings _settings = options.Value;

    public override string Name => JobName;

    public override TimeSpan Interval => TimeSpan.FromHours(1);

    public override bool EveryInstance => true;

    public override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        DeleteExpired();
        return Task.CompletedTask;
    }

    /// <summary>Deletes the .eml files older than the retention; returns how many went.</summary>
    public int DeleteExpired()
    {
        if (!Directory.Exists(_settings.PickupDirectory))
        {
            return 0;
        }

        var deleted = 0;
        var cutoff = (time.GetUtcNow() - _settings.PickupRetention).UtcDateTime;
        foreach (var file in Directory.EnumerateFiles(_settings.PickupDirectory, "*.eml"))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff)
                {
                    File.Delete(file);
                    deleted++;
                }
            }
            catch (IOException)
            {
                // Open elsewhere or already gone (another instance on the same folder); the next run tries again.
            }
        }

        if (deleted > 0)
        {
            LogDeleted(deleted, _settings.PickupRetention.TotalDays);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} emails older than {Days} days from the pickup folder")]
    private partial void LogDeleted(int count, double days);
}

/// <summary>Production: SMTP through MailKit, when <c>AlphasRun:Email:SmtpHost</c> is set.</summary>
internal sealed class SmtpEmailSender(IOptions<EmailSettings> options) : IEmailSender
{
    private readonly EmailSettings _settings = options.Value;

    public Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, subject, body, null, cancellationToken);

    public Task SendAsync(string recipient, string subject, string body, string? html, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, subject, body, html, [], cancellationToken);

    public async Task SendAsync(string recipient, string subject, string body, string? html, IReadOnlyList<EmailAttachment> attachments, CancellationToken cancellationToken = default)
    {
        using var client = new MailKit.Net.Smtp.SmtpClient();
        await client.ConnectAsync(_settings.SmtpHost ?? throw new InvalidOperationException("AlphasRun:Email:SmtpHost is not set."), _settings.SmtpPort, MailKit.Security.SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(_settings.SmtpUser))
        {
            await client.AuthenticateAsync(_settings.SmtpUser, _settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(_settings.Compose(recipient, subject, body, html, attachments), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

/// <summary>Settings under <c>AlphasRun:Email</c>.</summary>
public sealed class EmailSettings
{
    public const string SectionName = "AlphasRun:Email";

    public string From { get; set; } = "Alphas Run Crew <no-reply@alphasrun.local>";

    /// <summary>Where .eml files go when no SMTP host is set; relative paths are under the content root.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    /// <summary>How long .eml files stay in the pickup folder (<c>AlphasRun:Email:PickupRetention</c>, default 30 days).</summary>
    public TimeSpan PickupRetention { get; set; } = TimeSpan.FromDays(30);

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>
    /// One message: plain text, or multipart/alternative with the HTML part when there is one; with attachments,
    /// multipart/mixed around that (e.g. an .ics file a mail app offers to add to the calendar).
    /// </summary>
    internal MimeMessage Compose(string to, string subject, string body, string? html = null, IReadOnlyList<EmailAttachment>? attachments = null)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        if (html is null && attachments is not { Count: > 0 })
        {
            message.Body = new TextPart("plain") { Text = body };
            return message;
        }

        var builder = new BodyBuilder { TextBody = body, HtmlBody = html };
        foreach (var attachment in attachments ?? [])
        {
            builder.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = builder.ToMessageBody();
        return message;
    }
}
