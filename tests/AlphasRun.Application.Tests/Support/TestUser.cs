using System.Security.Claims;
using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;

namespace AlphasRun.Application.Tests.Support;

/// <summary>A settable caller for service-level authorization tests.</summary>
/// <remarks>
/// A sign-in applies to what follows, including after an async helper returns; inside parallel tasks
/// each task's own sign-in wins (an async-local override), so tasks can act as different members at once.
/// </remarks>
public sealed class TestUser : ICurrentUser
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private readonly AsyncLocal<ClaimsPrincipal?> _override = new();
    private volatile ClaimsPrincipal _shared = Anonymous;

    public void SignIn(string userId, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId), new(ClaimTypes.Name, userId) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        Set(new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")));
    }

    public void SignOut() => Set(Anonymous);

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

    public Task SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken = default)
    {
        lock (_sent)
        {
            _sent.Add((recipient, subject, body));
        }

        return Task.CompletedTask;
    }
}
