using AlphasRun.Application.GroupRuns;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Web.Shared;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Components;

/// <summary>A run's one-tap actions in the run list (what /runs, the home page and /my/runs show per date).</summary>
public sealed class RunActionsTests : MudTestContext
{
    private static readonly UpcomingRunDto Run = new(
        Guid.NewGuid(), "Tuesday evening run", new DateTime(2026, 12, 1, 18, 0, 0), new DateTime(2026, 12, 1, 23, 0, 0, DateTimeKind.Utc),
        "Panera Bread", "Hwy 7 and Birchmount", "https://www.openstreetmap.org/", OccurrenceStatus.Scheduled, null, 20, 20);

    public RunActionsTests() => UseInteractiveServer();

    [Fact]
    public void Visitor_SeesTheRunWithoutActions()
    {
        var cut = Render<RunList>(p => p.Add(c => c.Runs, [Run]));

        cut.Find($"li[data-run-id='{Run.Id}'] a").GetAttribute("href").ShouldBe($"/runs/{Run.Id}");
        cut.FindAll(".run-actions").ShouldBeEmpty();
        cut.FindAll("button").ShouldBeEmpty();
    }

    [Fact]
    public void Member_NotRegistered_RegistersWithOneTap()
    {
        var cut = RenderActions(Run with { ConfirmedCount = 3 }, null);

        var button = cut.Find("[data-testid=register]");
        button.TextContent.ShouldStartWith("Register");
        button.GetAttribute("type").ShouldBe("submit");
        button.GetAttribute("name").ShouldBe("Input.Op");
        button.GetAttribute("value").ShouldBe($"register:{Run.Id}");
    }

    [Fact]
    public void Member_OnAFullRun_IsOfferedTheWaitlist()
    {
        var cut = RenderActions(Run, null);

        cut.Find("[data-testid=register]").TextContent.ShouldStartWith("Join the waitlist");
    }

    [Fact]
    public void Member_OnTheWaitlist_SeesTheirPosition()
    {
        var cut = RenderActions(Run, new MyRegistrationDto(RegistrationStatus.Waitlisted, 3, "5:45", false));

        cut.Find("[data-testid=my-status]").TextContent.Trim().ShouldBe("On the waitlist (#3)");
        cut.Find("[data-testid=cancel]").TextContent.ShouldContain("Leave the waitlist");
    }

    [Fact]
    public void Member_Confirmed_SeesYoureInAndCanCancel()
    {
        var cut = RenderActions(Run, new MyRegistrationDto(RegistrationStatus.Confirmed, null, "6:30", false));

        cut.Find("[data-testid=my-status]").TextContent.Trim().ShouldBe("You're in · 6:30");
        cut.Find("[data-testid=cancel]").GetAttribute("value").ShouldBe($"cancel:{Run.Id}");
    }

    private IRenderedComponent<RunList> RenderActions(UpcomingRunDto run, MyRegistrationDto? mine) =>
        Render<RunList>(p => p
            .Add(c => c.Runs, [run])
            .Add(c => c.Statuses, mine is null ? new Dictionary<Guid, MyRegistrationDto>() : new Dictionary<Guid, MyRegistrationDto> { [run.Id] = mine }));
}
