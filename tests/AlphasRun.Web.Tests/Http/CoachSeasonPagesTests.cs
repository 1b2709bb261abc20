using System.Net;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Http;

/// <summary>The coach's view of a member's season over HTTP: its refusals say nothing and nothing is kept in a cache.</summary>
public sealed class CoachSeasonPagesTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    [Fact]
    public async Task SeasonPage_ForACoach_NotSharedOrUnknown_Is404SayingOnlyThatItIsNotShared_AndNeverStored()
    {
        var coach = factory.NewClient();
        await coach.PostLoginAsync("coach@alphasrun.local", "coach-the-crew-2026");

        var response = await coach.GetAsync($"/coach/members/{Guid.NewGuid()}/season", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.Age.ShouldBeNull();
        var text = await HtmlText.ReadAsync(response);
        text.ShouldContain("Season not shared");
        text.ShouldContain("This member's season is not shared with the coaches.");
        text.ShouldNotContain("We can't find that page");
    }

    [Fact]
    public async Task SeasonPage_ForARunnerOrAnonymous_IsRefusedBeforeAnythingIsRead()
    {
        var runner = factory.NewClient();
        await runner.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew");
        var path = $"/coach/members/{Guid.NewGuid()}/season";

        var refused = await runner.GetAsync(path, TestContext.Current.CancellationToken);
        var anonymous = await factory.NewClient().GetAsync(path, TestContext.Current.CancellationToken);

        refused.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
        anonymous.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task MembersPage_ForACoach_HasTheSharedSeasonsSection()
    {
        var coach = factory.NewClient();
        await coach.PostLoginAsync("coach@alphasrun.local", "coach-the-crew-2026");

        var text = await HtmlText.ReadAsync(await coach.GetAsync("/coach/members", TestContext.Current.CancellationToken));

        text.ShouldContain("Shared seasons");
        text.ShouldContain("No member shares their season with the coaches yet.");
        text.ShouldContain("Attendance");
    }
}
