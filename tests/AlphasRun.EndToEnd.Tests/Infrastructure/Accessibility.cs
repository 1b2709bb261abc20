using Deque.AxeCore.Playwright;

namespace AlphasRun.EndToEnd.Tests.Infrastructure;

/// <summary>Our accessibility bar: no axe violation of impact "serious" or "critical" on any page a journey visits.</summary>
internal static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task ShouldHaveNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var violations = result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"- {v.Id} ({v.Impact}): {v.Help}{Environment.NewLine}" +
                         string.Join(Environment.NewLine, v.Nodes.Select(n => $"    {n.Target}")))
            .ToList();
        if (violations.Count > 0)
        {
            throw new ShouldAssertException(
                $"axe found {violations.Count} serious or critical accessibility violation(s) on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        }
    }
}
