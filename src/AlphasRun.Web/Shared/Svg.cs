namespace AlphasRun.Web;

/// <summary>
/// A MudBlazor icon as plain markup, for the static layout and lists that render on every request:
/// the same &lt;svg&gt; MudIcon writes, without a component per icon (docs/decisions/0009).
/// </summary>
public static class Svg
{
    public static MarkupString Icon(string icon, string size = "medium") => new(
        $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{size}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{icon}</svg>");
}
