using AlphasRun.Domain.Common;

namespace AlphasRun.Web;

/// <summary>
/// The visitor's display choices (distance unit, dark mode), kept in cookies so the server renders the
/// right ones in the first response. Changed by a plain form post to <c>/preferences</c>, so no circuit
/// and no script is needed; cascaded to every component from the request's cookies.
/// </summary>
public sealed class ClientPreferences(DistanceUnit units, bool darkMode)
{
    public const string UnitsCookie = "alphasrun-units";
    public const string ThemeCookie = "alphasrun-theme";

    public DistanceUnit Units { get; } = units;

    public bool DarkMode { get; } = darkMode;

    /// <summary>Reads the two cookies; without them: kilometres and the light theme.</summary>
    public static ClientPreferences From(IRequestCookieCollection? cookies) => new(
        cookies?[UnitsCookie] == "mi" ? DistanceUnit.Miles : DistanceUnit.Kilometres,
        cookies?[ThemeCookie] == "dark");
}
