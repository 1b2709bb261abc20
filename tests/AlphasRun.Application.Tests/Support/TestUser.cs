using System.Security.Claims;
using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;

namespace AlphasRun.Application.Tests.Support;

/// <summary>A settable caller for service-level authorization tests.</summary>
/// <remarks>
/// A sign-in applies to what follows, including after an async helper returns; inside parallel tasks
/// each task's own sign-in wins (an async-local override), so tasks can act as different members at once.
/// </remarks>
public sealed class TestUser : ICurrentUser, IAccountStatus
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private readonly AsyncLocal<ClaimsPrincipal?> _override = new();
    private volatile ClaimsPrincipal _shared = Anonymous;

    public void SignIn(string userId, params string[] roles) => SignInAs(userId, userId, roles);

    /// <summary>Signs in with a sign-in name of its own (the app's is the member's email).</summary>
    public void SignInAs(string userId, string name, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId), new(ClaimTypes.Name, name) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        Set(new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")));
    }

    public void SignOut() => Set(Anonymous);

    /// <summary>When true, services read the caller's roles and lock from Identity's tables, as in the app.</summary>
    public bool ChecksAccountsInDatabase { get; set; }

    // The roles the test signed in with stand for the account's current roles.
    public Task<IReadOnlyList<string>?> CurrentRolesAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>?>([.. (_override.Value ?? _shared).FindAll(ClaimTypes.Role).Select(c => c.Value)]);

    public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(_override.Value ?? _shared);

    private void Set(ClaimsPrincipal principal)
    {
        _shared = principal;
        _override.Value = principal;
    }
}

/// <summary>Keeps sent emails in memory so tests can read them.</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    private readonly List<(string To, string Subject, string Body)> _sent = [];
    private readonly List<string?> _html = [];
    private readonly List<IReadOnlyList<EmailAttachment>> _attachments = [];

    public IReadOnlyList<(string To, string Subject, string Body)> Sent
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>The HTML part of each sent email, in the order of <see cref="Sent"/> (null: plain text only).</summary>
    public IReadOnlyList<string?> Html
    {
        get
        {
            lock (_sent)
            {
                return [.. _html];
            }
        }
    }

    /// <summary>The files attached to each sent email, in the order of <see cref="Sent"/>.</summary>
    public IReadOnlyList<IReadOnlyList<EmailAttachment>> Attachments
    {
        get
        {
            lock (_sent)
            {
                return [.. _attachments];
            }
        }
    }

    public Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, subject, body, null, [], cancellationToken);

    public Task SendAsync(string recipient, string subject, string body, string? html, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, subject, body, html, [], cancellationToken);

    public Task SendAsync(string recipient, string subject, string body, string? html, IReadOnlyList<EmailAttachment> attachments, CancellationToken cancellationToken = default)
    {
        lock (_sent)
        {
            _sent.Add((recipient, subject, body));
            _html.Add(html);
            _attachments.Add(attachments);
        }

        return Task.CompletedTask;
    }

    /// <summary>Forgets what was sent so far (e.g. the confirmations of a test's set-up registrations).</summary>
    public void Clear()
    {
        lock (_sent)
        {
            _sent.Clear();
            _html.Clear();
            _attachments.Clear();
        }
    }
}
