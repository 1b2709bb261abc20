using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

public sealed class DarkModeJourneyTests(AlphasRunApp app) : Journey(app)
{
    private static readonly string[] Pages = ["/guide", "/plans", CoreSteps.MarathonPlan, "/runs"];

    [Fact]
    public async Task Visitor_SwitchesToDarkMode_KeepsItAfterAReload_AndEveryPageStaysReadable()
    {
        var visitor = await NewVisitorAsync();
        var page = visitor.Page;

        await visitor.OpensAsync("/");
        (await BackgroundLuminanceAsync(page)).ShouldBeGreaterThan(0.5, "the home page should start light");

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        await page.WaitForFunctionAsync($"() => ({Luminance})() < 0.1");

        await visitor.ReloadsAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        (await BackgroundLuminanceAsync(page)).ShouldBeLessThan(0.1, "dark mode should survive a reload");

        // Every page is checked by axe on arrival, here with the dark palette.
        foreach (var path in Pages)
        {
            await visitor.OpensAsync(path);
            (await BackgroundLuminanceAsync(page)).ShouldBeLessThan(0.1, $"{path} should stay dark");
        }

        await visitor.OpensMissingPageAsync("/no-such-page");
        await visitor.SeesHeadingAsync("We can't find that page");
    }

    /// <summary>Relative luminance (0 black, 1 white) of the page background, as WCAG defines it.</summary>
    private const string Luminance = """
            () => {
                const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
                const lin = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
                return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
            }
            """;

    private static Task<double> BackgroundLuminanceAsync(IPage page) => page.EvaluateAsync<double>(Luminance);
}
