using System.Globalization;
using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>
/// How quickly the plan editor answers a keystroke with a 12-week plan (issue #6's closing note).
/// Measured in the browser, from the key's keydown event to the moment the week total and the
/// volume chart in the DOM show the new distance (the round trip over the Blazor circuit, the
/// whole plan's checks and the re-render). The timings go to the test output and
/// test-results/e2e/plan-editor-keystrokes.txt; the test asserts only what a person would see.
/// </summary>
public sealed class PlanEditorLatencyJourneyTests(AlphasRunApp app) : Journey(app)
{
    // Waits for the next keydown, then for the week total and week 1's chart bar to read the expected distance.
    private const string AwaitKeystroke =
        """
        expected => {
          window.__keystroke = new Promise((resolve, reject) => {
            let start = null;
            const shows = () =>
              document.querySelector("[data-testid='week-editor-total']")?.textContent.includes(expected.total) &&
              document.querySelector(".volume-bar[data-week='1']")?.getAttribute('data-max') === expected.max;
            const observer = new MutationObserver(() => {
              if (start !== null && shows()) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
            document.addEventListener('keydown', e => { start = e.timeStamp; }, { once: true, capture: true });
            setTimeout(() => { observer.disconnect(); reject(new Error(`The week never showed ${expected.total}`)); }, 10000);
          });
        }
        """;

    [Fact]
    public async Task Coach_TypesIntoATwelveWeekPlan_AndTheWeekTotalAndChartFollowEveryKeystroke()
    {
        var coach = await NewVisitorSignedInAsync(Member.DemoCoach, goingTo: PlanEditingSteps.CoachPlans);
        await coach.DuplicatesTheHalfMarathonPlanAsync(PlanEditingSteps.UniquePlanName("Twelve-week block"));

        var page = coach.Page;
        var weeks = page.GetByLabel("Number of weeks");
        await weeks.FillAsync("12");
        await weeks.PressAsync("Tab");
        await Expect(page.GetByTestId("week-tab")).ToHaveCountAsync(12);
        await Expect(page.Locator(".volume-bar")).ToHaveCountAsync(12);
        await Expect(coach.WeekTotal()).ToHaveTextAsync("Week total: 45–55.5 km");

        // Sunday's max km goes 20–29 one keystroke at a time (the last digit selected, then typed over):
        // the rest of the week is 30–37.5 km, so the week's max is 37.5 km + the long run's.
        var max = coach.Day("Sunday").GetByLabel("Max km");
        await max.FillAsync("24");
        await Expect(coach.WeekTotal()).ToHaveTextAsync("Week total: 45–61.5 km");

        var timings = new List<double>();
        foreach (var digit in "7193608254")
        {
            var weekMax = 37.5m + 20 + (digit - '0');
            var total = $"45–{weekMax.ToString("0.#", CultureInfo.InvariantCulture)} km";
            await max.EvaluateAsync("input => { input.focus(); input.setSelectionRange(1, 2); }");
            await page.EvaluateAsync(AwaitKeystroke, new { total, max = weekMax.ToString("0.#", CultureInfo.InvariantCulture) });
            await page.Keyboard.PressAsync(digit.ToString());
            timings.Add(await page.EvaluateAsync<double>("() => window.__keystroke"));
            await Expect(coach.WeekTotal()).ToHaveTextAsync($"Week total: {total}");
        }

        await Expect(max).ToHaveValueAsync("24");
        await Expect(page.Locator(".volume-bar[data-week='1']")).ToHaveAttributeAsync("aria-label", "Week 1: 45–61.5 km");
        await Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();
        await coach.ChecksPageAsync();

        await ReportAsync(timings);
    }

    private static async Task ReportAsync(List<double> timings)
    {
        var sorted = timings.Order().ToList();
        static string Ms(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);
        var report =
            $"Plan editor, 12-week plan, keystroke in Sunday's max km → week total and chart updated ({sorted.Count} keystrokes): " +
            $"median {Ms(Percentile(sorted, 0.5))} ms, p95 {Ms(Percentile(sorted, 0.95))} ms, min {Ms(sorted[0])} ms, max {Ms(sorted[^1])} ms; " +
            $"each: {string.Join(", ", timings.Select(Ms))}";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Directory.CreateDirectory(RepositoryPaths.TestResults);
        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.TestResults, "plan-editor-keystrokes.txt"), report + Environment.NewLine);
    }

    // Linear interpolation between the closest ranks of the sorted timings.
    private static double Percentile(List<double> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}
