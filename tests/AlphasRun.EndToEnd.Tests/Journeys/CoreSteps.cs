using System.Text.RegularExpressions;
using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>The steps of the core journey that read the same on a desktop and on a phone.</summary>
internal static partial class CoreSteps
{
    public const string MarathonPlan = "/plans/off-season-marathon";

    /// <summary>The guide's five parts, after its introduction: anchor and heading.</summary>
    public static readonly (string Anchor, string Heading)[] GuideParts =
    [
        ("recover", "1. Recover first"),
        ("back-to-basics", "2. Back to basics"),
        ("nutrition", "3. Rethink your nutrition"),
        ("strength", "4. Build strength"),
        ("new-training-plan", "5. Draw up a new training plan"),
    ];

    public static async Task SeesHeadingAsync(this Visitor visitor, string text) =>
        await Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Name = text, Level = 1 })).ToBeVisibleAsync();

    /// <summary>Jumps to each part from the guide's contents and finds its heading and text there.</summary>
    public static async Task ReadsEveryPartOfTheGuideAsync(this Visitor visitor)
    {
        var page = visitor.Page;
        await visitor.SeesHeadingAsync("The off-season guide");
        var contents = page.GetByRole(AriaRole.Navigation, new() { Name = "Guide contents" });
        foreach (var (anchor, heading) in GuideParts)
        {
            var link = contents.GetByRole(AriaRole.Link, new() { Name = heading, Exact = true });
            await Expect(link).ToHaveAttributeAsync("href", $"guide#{anchor}");
            await link.ClickAsync();

            var section = page.Locator($"section#{anchor}");
            await Expect(section.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 })).ToBeInViewportAsync();
            await Expect(section.Locator(".markdown p").First).Not.ToBeEmptyAsync();
            new Uri(page.Url).Fragment.ShouldBe($"#{anchor}");
        }
    }

    /// <summary>Opens the marathon plan from the plans page and reads the long run in kilometres.</summary>
    public static async Task OpensTheMarathonPlanAsync(this Visitor visitor)
    {
        var page = visitor.Page;
        await visitor.SeesHeadingAsync("Off-season plans");
        await visitor.FollowsAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = OpenMarathonPlan() }), MarathonPlan);
        await visitor.SeesHeadingAsync("Off-season week for marathoners");
        await Expect(Plan(page)).ToContainTextAsync("16–18 km");
        await Expect(page.GetByTestId("week-total")).ToContainTextAsync(" km");
    }

    /// <summary>Switches km → mi and reads every distance in miles, then again after a reload.</summary>
    public static async Task ReadsThePlanInMilesAsync(this Visitor visitor)
    {
        var page = visitor.Page;
        var miles = page.Locator(".unit-switch").GetByRole(AriaRole.Button, new() { Name = "Miles" });
        await visitor.SubmitsAsync(miles);
        await Expect(miles).ToHaveAttributeAsync("aria-pressed", "true");
        await visitor.SeesEveryDistanceInMilesAsync();

        await visitor.ReloadsAsync();
        await Expect(miles).ToHaveAttributeAsync("aria-pressed", "true");
        await visitor.SeesEveryDistanceInMilesAsync();
    }

    /// <summary>Finds a Tuesday 6:00 PM run at Panera Bread among the coming runs, and the map.</summary>
    public static async Task FindsTheNextTuesdayRunAsync(this Visitor visitor)
    {
        var page = visitor.Page;
        await visitor.SeesHeadingAsync("Run with the crew");
        var tuesdayRun = page.Locator(".run-list .run-item").Filter(new() { HasTextRegex = TuesdayEvening() });
        await Expect(tuesdayRun.First).ToContainTextAsync("Panera Bread");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the map (OpenStreetMap)" }))
            .ToHaveAttributeAsync("href", new Regex("^https://www\\.openstreetmap\\.org/"));
    }

    private static async Task SeesEveryDistanceInMilesAsync(this Visitor visitor)
    {
        var plan = Plan(visitor.Page);
        await Expect(plan).ToContainTextAsync("9.9–11.2 mi");
        await Expect(visitor.Page.GetByTestId("week-total")).ToContainTextAsync(" mi");
        var text = await plan.InnerTextAsync();
        KilometreDistance().Matches(text).Select(m => m.Value).ShouldBeEmpty("every distance of the plan should be in miles");
    }

    private static ILocator Plan(IPage page) => page.Locator("article.plan");

    // The plan's name is visually hidden text after "Open the plan", read as "Open the plan : …".
    [GeneratedRegex(@"^Open the plan\s*:\s*Off-season week for marathoners$")]
    private static partial Regex OpenMarathonPlan();

    [GeneratedRegex(@"\d\s*km\b")]
    private static partial Regex KilometreDistance();

    [GeneratedRegex(@"Tuesday, [A-Z][a-z]+ \d{1,2} · 6:00 PM")]
    private static partial Regex TuesdayEvening();
}
