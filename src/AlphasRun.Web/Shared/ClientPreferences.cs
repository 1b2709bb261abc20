using AlphasRun.Domain.Common;
using Microsoft.JSInterop;

namespace AlphasRun.Web;

/// <summary>
/// The visitor's display choices (distance unit, dark mode), kept in cookies so the server renders
/// the right ones on the first response. One instance per page load, cascaded from Routes.
/// </summary>
public sealed class ClientPreferences(DistanceUnit units, bool? darkMode)
{
    public const string UnitsCookie = "alphasrun-units";
    public const string ThemeCookie = "alphasrun-theme";

    public DistanceUnit Units { get; private set; } = units;

    public bool? DarkMode { get; private set; } = darkMode;

    public event Action? Changed;

    public async Task SetUnitsAsync(DistanceUnit units, IJSRuntime js)
    {
        ArgumentNullException.ThrowIfNull(js);
        Units = units;
        Changed?.Invoke();
        await js.InvokeVoidAsync("alphasRun.setPreference", UnitsCookie, units == DistanceUnit.Miles ? "mi" : "km");
    }

    public async Task SetDarkModeAsync(bool dark, IJSRuntime js)
    {
        ArgumentNullException.ThrowIfNull(js);
        DarkMode = dark;
        Changed?.Invoke();
        await js.InvokeVoidAsync("alphasRun.setPreference", ThemeCookie, dark ? "dark" : "light");
    }

    /// <summary>Follows the device's setting until the visitor picks one.</summary>
    public void ApplySystemDarkMode(bool dark)
    {
        if (DarkMode is null)
        {
            DarkMode = dark;
            Changed?.Invoke();
        }
    }
}
