namespace AlphasRun.Web.Endpoints;

/// <summary>
/// The km/mi and light/dark switches: a plain form post sets a cookie and sends the visitor back to the
/// page they were on, which the server then renders in the chosen unit and theme (no circuit, no script).
/// </summary>
internal static class PreferenceEndpoints
{
    private static readonly Dictionary<string, (string Cookie, string[] Values)> Preferences = new(StringComparer.Ordinal)
    {
        ["units"] = (ClientPreferences.UnitsCookie, ["km", "mi"]),
        ["theme"] = (ClientPreferences.ThemeCookie, ["light", "dark"]),
    };

    public static void MapPreferenceEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/preferences/{name}", async (string name, HttpContext context) =>
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                var value = form["value"].ToString();
                if (!Preferences.TryGetValue(name, out var preference) || !preference.Values.Contains(value, StringComparer.Ordinal))
                {
                    return Results.BadRequest();
                }

                context.Response.Cookies.Append(preference.Cookie, value, new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    Path = "/",
                });
                return Results.Redirect(LocalPath(form["returnUrl"].ToString()));
            })
            // Only a display cookie of the visitor's own changes: nothing a forged post could abuse.
            .DisableAntiforgery();

    /// <summary>A path on this site, or the home page: never a redirect to another host.</summary>
    internal static string LocalPath(string? url) =>
        url is ['/', not '/' and not '\\', ..] && !url.Any(char.IsControl) ? url
        : url == "/" ? url
        : "/";
}
