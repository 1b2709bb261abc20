using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace AlphasRun.EndToEnd.Tests.Infrastructure;

/// <summary>Our accessibility bar: no axe violation of impact "serious" or "critical" on any page a journey visits.</summary>
internal static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    // Only violations come back in full; the passes would be serialized and parsed for nothing.
    // No iframes on our pages, so axe need not look into frames.
    private static readonly AxeRunOptions Options = new()
    {
        ResultTypes = [ResultType.Violations],
        Iframes = false,
    };

    public static async Task ShouldHaveNoSeriousViolationsAsync(IPage page)
    {
        // Legacy mode runs axe once, inside the page. The default mode finishes every run in a new
        // blank page of its own (a new browser context, axe injected twice): about 3 s a check on
        // this 2-core machine against under 1 s, for the same result on pages without iframes.
#pragma warning disable CS0618
        var result = await page.RunAxeLegacy(options: Options);
#pragma warning restore CS0618
        var violations = result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"- {v.Id} ({v.Impact}): {v.Help}{Environment.NewLine}" +
                         string.Join(Environment.NewLine, v.Nodes.Select(n => $"    {n.Target}: {Why(n)}")))
            .ToList();
        if (violations.Count > 0)
        {
            throw new ShouldAssertException(
                $"axe found {violations.Count} serious or critical accessibility violation(s) on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        }
    }

    // What failed, in axe's words (for contrast: the ratio and both colours).
    private static string Why(AxeResultNode node) =>
        string.Join("; ", new[] { node.Any, node.All, node.None }.SelectMany(checks => checks ?? []).Select(c => c.Message).Distinct());
}
