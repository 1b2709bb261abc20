namespace AlphasRun.Application.Common;

/// <summary>A file sent with an email, e.g. <c>alphas-run-2026-12-17.ics</c> as <c>text/calendar</c>.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>The one way the app sends email (account messages, run notifications).</summary>
public interface IEmailSender
{
    /// <summary>Sends a plain-text email.</summary>
    Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default);

    /// <summary>Sends a plain-text body with an HTML alternative; a sender that only does plain text sends the text.</summary>
    Task SendAsync(string recipient, string subject, string body, string? html, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, subject, body, cancellationToken);

    /// <summary>Sends the bodies with files attached; the app's real senders (pickup folder, SMTP) attach them.</summary>
    Task SendAsync(string recipient, string subject, string body, string? html, IReadOnlyList<EmailAttachment> attachments, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, subject, body, html, cancellationToken);
}
