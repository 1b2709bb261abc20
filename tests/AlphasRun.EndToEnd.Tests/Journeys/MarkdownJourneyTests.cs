using System.Text.RegularExpressions;
using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>Issue #13: a coach's Markdown can neither cover the page with a fake overlay nor kill the editor's circuit.</summary>
public sealed class MarkdownJourneyTests(AlphasRunApp app) : Journey(app)
{
    private const string Overlay =
        "Read this first {style=\"position:fixed;inset:0;z-index:9999;background:white\"}\n\n" +
        "[Sign in again here](https://evil.example/login){.mud-overlay style=\"position:fixed;top:0;left:0;width:100vw;height:100vh\"}";

    [Fact]
    public async Task Coach_PreviewsAnOverlayAndDeeplyNestedText_TheyStayPlainAndTheEditorKeepsWorking()
    {
        var visitor = await NewVisitorSignedInAsync(Member.DemoCoach, goingTo: "/coach/guide");
        var page = visitor.Page;
        await page.Locator("main a[href$='/edit']").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/coach/guide/[0-9a-f-]+/edit$"));
        await visitor.WaitUntilInteractiveAsync();
        var body = page.GetByTestId("guide-body");
        var preview = page.GetByTestId("guide-preview");

        await body.FillAsync(Overlay);
        await Expect(preview.GetByRole(AriaRole.Link, new() { Name = "Sign in again here" })).ToBeVisibleAsync();

        // Nothing the coach wrote is positioned over the page or carries a style, class or id.
        var covering = await preview.Locator("*").EvaluateAllAsync<int>(
            "els => els.filter(e => ['fixed', 'absolute', 'sticky'].includes(getComputedStyle(e).position) || e.hasAttribute('style')).length");
        covering.ShouldBe(0);
        (await preview.Locator("p [class], p[class] a, a[id], a[class]").CountAsync()).ShouldBe(0);

        // A few hundred characters of nesting used to throw inside the render and end the coach's circuit.
        await body.FillAsync(new string('>', 300) + " deep");
        await Expect(preview).ToContainTextAsync("This text could not be shown.");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Still editing");
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "Still editing" })).ToBeVisibleAsync();
        await page.GetByTestId("guide-save").ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("levels deep");
    }
}
