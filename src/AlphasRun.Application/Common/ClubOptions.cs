namespace AlphasRun.Application.Common;

/// <summary>Settings under the <c>AlphasRun</c> configuration section.</summary>
public sealed class ClubOptions
{
    public const string SectionName = "AlphasRun";

    /// <summary>IANA id of the club's time zone; every run time is wall-clock time here.</summary>
    public string TimeZone { get; set; } = "America/Toronto";

    /// <summary>How far ahead dated runs are generated from the weekly schedules.</summary>
    public int GenerateRunsDaysAhead { get; set; } = 56;

    /// <summary>Emails that are made Admins once they have an account whose email is confirmed.</summary>
    public IList<string> Admins { get; init; } = [];

    /// <summary>
    /// The origin members reach the site at (<c>https://alphasrun.example</c>): every absolute link the app
    /// sends (emails, calendar feeds) is built from it, never from a request's Host header. Required outside Development.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>True when <paramref name="value"/> is an absolute http(s) origin with no query or fragment.</summary>
    public static bool IsValidPublicUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo);
}
