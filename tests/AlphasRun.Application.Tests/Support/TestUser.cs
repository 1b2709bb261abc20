using System.Security.Claims;
using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;

namespace AlphasRun.Application.Tests.Support;

/// <summary>A settable caller for service-level authorization tests.</summary>
/// <remarks>
/// <see cref="SignIn"/> sets the caller for the current async flow, so parallel tasks can each act as
/// a different member (as parallel requests would); a sign-in outside any task applies to what follows.
/// </remarks>
public sealed class TestUser : ICurrentUser
{
    private readonly AsyncLocal<ClaimsPrincipal?> _principal = new();

    public void SignIn(string userId, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId), new(ClaimTypes.Name, userId) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        _principal.Value = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }

    public void SignOut() => _principal.Value = null;

    public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(_principal.Value ?? new ClaimsPrincipal(new ClaimsIdentity()));
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
