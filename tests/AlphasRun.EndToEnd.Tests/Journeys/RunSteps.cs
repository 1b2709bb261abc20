using System.Text.RegularExpressions;
using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>
/// Registering for group runs and the coach's side of a run. Journeys share one database, so each
/// picks its own run: the phone journey the next Tuesday, the cancellation the last Sunday listed,
/// the check-in the second Thursday.
/// </summary>
internal static partial class RunSteps
{
    /// <summary>The coming runs listed on the page (/runs or /my/runs).</summary>
    public static ILocator Runs(this Visitor visitor) => visitor.Page.Locator("li.run-item");

    /// <summary>One listed run by its id.</summary>
    public static ILocator Run(this Visitor visitor, string runId) => visitor.Page.Locator($"li.run-item[data-run-id='{runId}']");

    /// <summary>The coming runs on a weekday ("Tuesday"), as a person reads them: "Tuesday, December 1 · 6:00 PM".</summary>
    public static ILocator RunsOn(this Visitor visitor, string weekday) =>
        visitor.Runs().Filter(new() { HasTextRegex = new Regex($@"{weekday}, [A-Z][a-z]+ \d{{1,2}} · \d{{1,2}}:\d\d [AP]M") });

    public static async Task<string> RunIdAsync(ILocator run)
    {
        var id = await run.GetAttributeAsync("data-run-id");
        id.ShouldNotBeNullOrEmpty("every listed run should carry its id");
        return id;
    }

    /// <summary>On /runs: taps "Register" on one run and reads that they're in.</summary>
    public static async Task RegistersForAsync(this Visitor visitor, ILocator run)
    {
        await run.GetByRole(AriaRole.Button, new() { NameRegex = RegisterFor() }).ClickAsync();
        await Expect(visitor.Page.GetByTestId("runs-message")).ToContainTextAsync("You're in. See you there!");
        await Expect(run.GetByTestId("my-status")).ToContainTextAsync("You're in");
        await Expect(run.GetByTestId("cancel")).ToBeVisibleAsync();
        await visitor.ChecksPageAsync();
    }

    /// <summary>Goes to Runs and registers for the run <paramref name="pick"/> chooses; returns its id.</summary>
    public static async Task<string> RegistersForARunAsync(this Visitor visitor, Func<Visitor, ILocator> pick)
    {
        ArgumentNullException.ThrowIfNull(pick);
        await visitor.FollowsNavigationAsync("Runs", "/runs");
        await visitor.SeesHeadingAsync("Run with the crew");
        var run = pick(visitor);
        var id = await RunIdAsync(run);
        await visitor.RegistersForAsync(visitor.Run(id));
        return id;
    }

    /// <summary>A coach on /coach/runs: the coming run with this id.</summary>
    public static ILocator CoachRun(this Visitor visitor, string runId) => visitor.Page.Locator($"li[data-run-id='{runId}']");

    [GeneratedRegex("^Register for ")]
    private static partial Regex RegisterFor();
}
