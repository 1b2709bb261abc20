using System.Text.RegularExpressions;
using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>
/// A coach editing training plans (issue #6). Journeys share one database and other journeys read
/// the seeded plans, so each of these works on its own copy of the half-marathon week: the duplicate
/// dialog scales it by 1.5 into a marathon week (long run 15–18 km, week total 45–55.5 km).
/// </summary>
internal static partial class PlanEditingSteps
{
    public const string CoachPlans = "/coach/plans";

    /// <summary>On /coach/plans: duplicates the half-marathon week under a name of its own and lands in its editor.</summary>
    public static async Task DuplicatesTheHalfMarathonPlanAsync(this Visitor coach, string name)
    {
        var page = coach.Page;
        await coach.SeesHeadingAsync("Training plans");
        await page.Locator("li[data-plan='off-season-half-marathon']")
            .GetByRole(AriaRole.Button, new() { Name = "Duplicate Off-season week for half marathoners" }).ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Duplicate Off-season week for half marathoners");
        await Expect(dialog.GetByLabel("Scale distances by")).ToHaveValueAsync("1.5");
        await dialog.GetByLabel("New plan's name").FillAsync(name);
        await coach.ChecksPageAsync();

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Duplicate", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(EditorAddress());
        await coach.WaitUntilInteractiveAsync();
        await coach.SeesHeadingAsync(name);
        await coach.ChecksPageAsync();
    }

    /// <summary>In the editor: one day of the week shown.</summary>
    public static ILocator Day(this Visitor coach, string day) => coach.Page.Locator($"li.plan-day[data-day='{day}']");

    public static ILocator WeekTotal(this Visitor coach) => coach.Page.GetByTestId("week-editor-total");

    /// <summary>In the editor: publishes the saved draft (or the changes, which are saved first) and reads which version runners now see.</summary>
    public static async Task PublishesAsync(this Visitor coach, string published)
    {
        var page = coach.Page;
        await page.GetByTestId("publish").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Publish this plan?");
        await coach.ChecksPageAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("editor-message")).ToContainTextAsync(published);
        await coach.ChecksPageAsync();
    }

    /// <summary>The plan's web address as the editor shows it under the slug field ("/plans/…").</summary>
    public static async Task<string> PublicAddressAsync(this Visitor coach)
    {
        var slug = await coach.Page.GetByLabel("Web address (slug)").InputValueAsync();
        slug.ShouldNotBeNullOrWhiteSpace();
        return $"/plans/{slug}";
    }

    /// <summary>A plan name no other journey uses.</summary>
    public static string UniquePlanName(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    [GeneratedRegex(@"/coach/plans/[0-9a-f-]{36}/edit$")]
    private static partial Regex EditorAddress();
}
