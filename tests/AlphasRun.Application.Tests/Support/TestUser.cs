using System.Security.Claims;
using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;

namespace AlphasRun.Application.Tests.Support;

/// <summary>A settable caller for service-level authorization tests.</summary>
public sealed class TestUser : ICurrentUser
{
    private ClaimsPrincipal _principal = new(new ClaimsIdentity());

    public void SignIn(string userId, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId), new(ClaimTypes.Name, userId) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        _principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }

    public void SignOut() => _principal = new ClaimsPrincipal(new ClaimsIdentity());

    public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(_principal);
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
