using AlphasRun.Application.GroupRuns;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Web.Shared;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Components;

public sealed class RunListTests : MudTestContext
{
    public RunListTests() => UseInteractiveServer();

    [Fact]
    public void RunList_ShowsDayDateTimeAndPlace()
    {
        var cut = Render<RunList>(p => p.Add(c => c.Runs, [Run(new DateTime(2026, 12, 1, 18, 0, 0))]));

        cut.Find(".run-when").TextContent.Trim().ShouldBe("Tuesday, December 1 · 6:00 PM");
        cut.Markup.ShouldContain("Panera Bread");
        cut.Find("a[href^='https://www.openstreetmap.org/']").ShouldNotBeNull();
    }

    [Fact]
    public void RunList_CancelledRun_ShowsTheReason()
    {
        var cut = Render<RunList>(p => p.Add(c => c.Runs, [Run(new DateTime(2026, 12, 3, 18, 0, 0)) with { Status = OccurrenceStatus.Cancelled, CancellationReason = "Ice storm" }]));

        cut.Find(".run-cancelled").TextContent.ShouldContain("Cancelled: Ice storm");
    }

    [Fact]
    public void RunList_ShowsWhatACoachTyped_AsText()
    {
        const string reason = "<script>alert('x')</script> & \"thunder\" — see you Thursday";
        var cut = Render<RunList>(p => p.Add(c => c.Runs, [Run(new DateTime(2026, 12, 3, 18, 0, 0)) with { Name = "Tempo <b>Tuesday</b>", Status = OccurrenceStatus.Cancelled, CancellationReason = reason }]));

        cut.FindAll("script").ShouldBeEmpty();
        cut.FindAll("b").ShouldBeEmpty();
        cut.Find(".run-cancelled [role=alert]").TextContent.ShouldBe($"Cancelled: {reason}");
        cut.Find(".run-cancelled p").TextContent.ShouldStartWith("Tempo <b>Tuesday</b> · Panera Bread");
    }

    [Fact]
    public void RunList_WithCapacity_ShowsPlacesLeft()
    {
        var cut = Render<RunList>(p => p.Add(c => c.Runs, [Run(new DateTime(2026, 12, 6, 8, 0, 0)) with { Capacity = 20, ConfirmedCount = 17 }]));

        cut.Markup.ShouldContain("3 places left");
    }

    [Fact]
    public void RunList_Empty_SaysSo()
    {
        var cut = Render<RunList>(p => p.Add(c => c.Runs, []));

        cut.Markup.ShouldContain("No runs are scheduled");
    }

    private static UpcomingRunDto Run(DateTime localStart) => new(
        Guid.NewGuid(), "Tuesday evening run", localStart, DateTime.SpecifyKind(localStart.AddHours(5), DateTimeKind.Utc),
        "Panera Bread", "Hwy 7 and Birchmount, Markham, Ontario", "https://www.openstreetmap.org/?mlat=43.8&mlon=-79.3",
        OccurrenceStatus.Scheduled, null, null, 0);
}
