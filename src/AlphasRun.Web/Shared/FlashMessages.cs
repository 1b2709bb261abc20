using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace AlphasRun.Web;

/// <summary>
/// Carries an action's <see cref="Feedback"/> across the redirect that follows a static form post
/// (post → redirect → get), so a reload never repeats the action and the page still says what happened.
/// Kept in a short-lived, data-protected cookie that the next page render reads once and deletes.
/// </summary>
public sealed class FlashMessages(IHttpContextAccessor accessor, IDataProtectionProvider dataProtection)
{
    private const string Cookie = "alphasrun-flash";
    private readonly IDataProtector _protector = dataProtection.CreateProtector("AlphasRun.Flash");
    private Feedback? _current;
    private Feedback? _now;
    private bool _read;

    public void Set(Feedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        if (accessor.HttpContext is not { } context || feedback.Message is null)
        {
            return;
        }

        var payload = JsonSerializer.Serialize(new Payload(feedback.Message, feedback.Kind, feedback.Lines.Count == 0 ? null : feedback.Lines, feedback.UndoOp));
        context.Response.Cookies.Append(Cookie, _protector.Protect(payload), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromMinutes(1),
            Path = "/",
        });
    }

    /// <summary>
    /// A message decided while the request is being authenticated, before anything renders (a session ended by a
    /// lock): shown by this request's page when it renders a FeedbackAlert, otherwise by the next page (the sign-in
    /// page the redirect leads to).
    /// </summary>
    public void SetForThisOrNextPage(Feedback feedback)
    {
        Set(feedback);
        _now = feedback;
    }

    /// <summary>The message left by the last action, if any; read once per request and then forgotten.</summary>
    public Feedback? Current
    {
        get
        {
            if (!_read)
            {
                _read = true;
                _current = _now is not null ? ShownNow() : Take();
            }

            return _current;
        }
    }

    private Feedback? ShownNow()
    {
        if (accessor.HttpContext is { Response.HasStarted: false } context)
        {
            context.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/" });
        }

        return _now;
    }

    private Feedback? Take()
    {
        if (accessor.HttpContext is not { } context || context.Request.Cookies[Cookie] is not { } value)
        {
            return null;
        }

        if (!context.Response.HasStarted)
        {
            context.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/" });
        }

        try
        {
            return JsonSerializer.Deserialize<Payload>(_protector.Unprotect(value)) is { } p
                ? Feedback.Restore(p.Message, p.Kind, p.Lines, p.UndoOp)
                : null;
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or JsonException)
        {
            return null; // an old or tampered cookie: no message rather than an error page
        }
    }

    private sealed record Payload(string Message, FeedbackKind Kind, IReadOnlyList<string>? Lines = null, string? UndoOp = null);
}
