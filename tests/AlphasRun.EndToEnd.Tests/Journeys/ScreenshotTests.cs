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
                await PhotographAsync(visitor, folder, $"{(phone ? "phone" : "desktop")}-{name}.png");
            }
        }

        // A coach's pages on the phone they use at the run (issue #12).
        var coach = await NewVisitorSignedInAsync(Member.DemoCoach, goingTo: "/coach/runs", phone: true);
        await coach.SeesHeadingAsync("Crew runs");
        await PhotographAsync(coach, folder, "phone-coach-runs.png");
        var roster = await coach.Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Roster") }).First.GetAttributeAsync("href");
        await coach.OpensAsync(roster!);
        await coach.SeesHeadingAsync("Roster");
        await PhotographAsync(coach, folder, "phone-coach-roster.png");
    }

    private static async Task PhotographAsync(Visitor visitor, string folder, string file)
    {
        var png = await visitor.Page.ScreenshotAsync(new() { Animations = ScreenshotAnimations.Disabled });
        png.Take(PngSignature.Length).ShouldBe(PngSignature, $"{visitor.Page.Url} should photograph as a PNG");
        png.Length.ShouldBeGreaterThan(5_000, $"{visitor.Page.Url} should not photograph as a blank page");
        await File.WriteAllBytesAsync(Path.Combine(folder, file), png, TestContext.Current.CancellationToken);
    }
}
