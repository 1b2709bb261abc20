namespace AlphasRun.Application.Common;

/// <summary>The one way the app sends email (account messages, run notifications). Plain text bodies.</summary>
public interface IEmailSender
{
    Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default);
}
