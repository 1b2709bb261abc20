using MudBlazor;

namespace AlphasRun.Web.Layout;

/// <summary>The crew's colours; every text colour meets WCAG AA contrast on its background, in light and dark mode.</summary>
public static class AlphasTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#9A1B1B",
            PrimaryContrastText = "#FFFFFF",
            Secondary = "#1F4E79",
            AppbarBackground = "#9A1B1B",
            AppbarText = "#FFFFFF",
            Background = "#FAFAF7",
            TextSecondary = "rgba(0,0,0,0.70)",
            // MudBlazor's default status colours (e.g. #f44336, #00c853) fall below 4.5:1 for white text on a
            // filled chip and for error labels and alert text on the light background; these darker tones pass.
            Success = "#2E7D32",
            Error = "#C62828",
            Warning = "#8A4F00",
            Info = "#1565C0",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#FF8A80",
            PrimaryContrastText = "#1A1A1A",
            Secondary = "#90CAF9",
            SecondaryContrastText = "#1A1A1A",
            AppbarBackground = "#2B1414",
            AppbarText = "#FFFFFF",
            TextSecondary = "rgba(255,255,255,0.75)",
            // The default dark error (#f64e62) reads at 2.8:1 as alert text ("Cancelled: …"); this light red passes.
            Error = "#FFB4AB",
            ErrorContrastText = "#1A1A1A",
            // The default dark info (#3299ff) carries white text at 2.9:1 on a filled chip ("Draft not yet published").
            Info = "#90CAF9",
            InfoContrastText = "#1A1A1A",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
