using AlphasRun.EndToEnd.Tests.Infrastructure;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>
/// Photographs the key pages on a desktop and a phone. With <c>ALPHASRUN_SCREENSHOTS=1</c> the PNGs
/// replace docs/screenshots/; otherwise they go to test-results/e2e/screenshots/ and the repository is left alone.
/// </summary>
public sealed class ScreenshotTests(AlphasRunApp app) : Journey(app)
{
    private static readonly (string Name, string Path, string Heading)[] KeyPages =
    [
        ("home", "/", "Alphas Run Crew"),
        ("guide", "/guide", "The off-season guide"),
        ("plan", CoreSteps.MarathonPlan, "Off-season week for marathoners"),
        ("runs", "/runs", "Run with the crew"),
    ];

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    [Fact]
    public async Task KeyPages_RenderAndArePhotographed_OnDesktopAndPhone()
    {
        var refreshDocs = Environment.GetEnvironmentVariable("ALPHASRUN_SCREENSHOTS") == "1";
        var folder = refreshDocs ? RepositoryPaths.Screenshots : Path.Combine(RepositoryPaths.TestResults, "screenshots");
        Directory.CreateDirectory(folder);

        foreach (var phone in new[] { false, true })
        {
            var visitor = await NewVisitorAsync(phone);
            foreach (var (name, path, heading) in KeyPages)
            {
                await visitor.OpensAsync(path);
                await visitor.SeesHeadingAsync(heading);

                // Blazor focuses the h1 after navigation; its focus ring is not what a reader sees in the docs.
                await visitor.Page.EvaluateAsync("() => document.activeElement?.blur()");
                var png = await visitor.Page.ScreenshotAsync(new() { Animations = ScreenshotAnimations.Disabled });
                png.Take(PngSignature.Length).ShouldBe(PngSignature, $"{path} should photograph as a PNG");
                png.Length.ShouldBeGreaterThan(5_000, $"{path} should not photograph as a blank page");
                await File.WriteAllBytesAsync(Path.Combine(folder, $"{(phone ? "phone" : "desktop")}-{name}.png"), png, TestContext.Current.CancellationToken);
            }
        }
    }
}
