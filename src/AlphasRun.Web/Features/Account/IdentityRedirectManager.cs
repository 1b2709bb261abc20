namespace AlphasRun.Web.Features.Account;

/// <summary>Redirects from static account pages, never to another site.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public void RedirectTo(string? uri) => navigationManager.NavigateTo(SafeLocal(uri));

    /// <summary>
    /// Only local paths: "/x" yes; "//evil", "https://evil", "/\\evil" no; nothing with control characters
    /// (a redirect header cannot carry them) and nothing absurdly long: those go home.
    /// </summary>
    public static string SafeLocal(string? uri) =>
        !string.IsNullOrEmpty(uri) && uri.Length <= 2048 && uri.StartsWith('/') && !uri.StartsWith("//", StringComparison.Ordinal)
            && !uri.StartsWith("/\\", StringComparison.Ordinal) && !uri.Any(char.IsControl)
            ? EscapeNonAscii(uri)
            : "/";

    // A Location header is ASCII: "/runs?name=café" is sent as "/runs?name=caf%C3%A9".
    private static string EscapeNonAscii(string uri) =>
        uri.All(char.IsAscii)
            ? uri
            : string.Concat(uri.EnumerateRunes().Select(r => r.IsAscii ? r.ToString() : Uri.EscapeDataString(r.ToString())));
}
