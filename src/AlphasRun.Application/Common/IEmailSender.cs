namespace AlphasRun.Application.Common;

/// <summary>The one way the app sends email (account messages, run notifications).</summary>
public interface IEmailSender
{
    /// <summary>Sends a plain-text email.</summary>
    Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default);

    /// <summary>Sends a plain-text body with an HTML alternative; a sender that only does plain text sends the text.</summary>
    Task SendAsync(string recipient, string subject, string body, string? html, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, subject, body, cancellationToken);
}
