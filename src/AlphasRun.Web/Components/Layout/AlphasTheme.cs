using MudBlazor;

namespace AlphasRun.Web.Components.Layout;

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
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
