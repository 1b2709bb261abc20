using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace AlphasRun.Web.Layout;

/// <summary>
/// The theme's CSS variables (about 12 KB) for the light and the dark palette, rendered once by
/// MudBlazor's own <see cref="MudThemeProvider"/> and then reused: static pages need only its
/// &lt;style&gt;, and building it for every request was a large share of a page's cost.
/// </summary>
public sealed class ThemeStyles(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private readonly Lazy<Task<MarkupString>> _light = new(() => RenderAsync(scopes, loggers, dark: false));
    private readonly Lazy<Task<MarkupString>> _dark = new(() => RenderAsync(scopes, loggers, dark: true));

    public Task<MarkupString> GetAsync(bool dark) => (dark ? _dark : _light).Value;

    private static async Task<MarkupString> RenderAsync(IServiceScopeFactory scopes, ILoggerFactory loggers, bool dark)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = AlphasTheme.Theme,
                [nameof(MudThemeProvider.IsDarkMode)] = dark,
            }));
            return output.ToHtmlString();
        });
        return new MarkupString(html);
    }
}
