using System.Text.RegularExpressions;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.Seasons;
using AlphasRun.Application.Seasons.GetMySeason;
using AlphasRun.Application.Seasons.LogSession;
using AlphasRun.Application.Seasons.SaveSeasonProfile;
using AlphasRun.Application.Seasons.ShareSeason;
using AlphasRun.Domain.Plans;
using AlphasRun.EndToEnd.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>
/// My off-season (issue #11 item 3): a coach, on a phone, reads the season of a member who shares it, and
/// nothing of one who does not or who stops sharing. Registers for no run (so no date is taken from others).
/// </summary>
public sealed partial class CoachSeasonJourneyTests(AlphasRunApp app) : Journey(app)
{
    private const string Note = "Hills on Birchmount felt easy today";

    [Fact]
    public async Task Coach_OpensASharingMembersSeasonFromTheMembersList_AndLosesItTheMomentTheyStopSharing()
    {
        var sharer = Member.New("Noor", "Haddad");
        var keeper = Member.New("Owen", "Price");
        var members = await NewVisitorAsync();
        await members.JoinsTheCrewAsync(sharer);
        await members.SignsOutAsync();
        await members.JoinsTheCrewAsync(keeper);

        // The two members' own season pages are another engineer's journey: here they act through the same services.
        var sharerId = await SavesASeasonAsync(sharer, shares: true, note: Note);
        var keeperId = await SavesASeasonAsync(keeper, shares: false, note: "Nobody else needs to read this");

        var coach = await NewVisitorAsync(phone: true);
        await coach.SignsInThroughTheFormAsync(Member.DemoCoach, goingTo: "/coach/members");
        await coach.SeesHeadingAsync("Members");
        var shared = coach.Page.GetByTestId("shared-seasons");
        var sharerItem = shared.Locator($"li[data-member='{sharer.FullName}']");
        await Expect(sharerItem).ToContainTextAsync("Off-season week");
        await Expect(sharerItem).ToContainTextAsync("last logged today");
        // Nothing logged in the finished off-season weeks: the coach is told whom to talk to.
        await Expect(sharerItem).ToContainTextAsync(Drifting());
        await Expect(shared.Locator($"li[data-member='{keeper.FullName}']")).ToHaveCountAsync(0);
        await Expect(shared.GetByRole(AriaRole.Link, new() { Name = $"{keeper.FullName}'s season" })).ToHaveCountAsync(0);

        var seasonPath = $"/coach/members/{sharerId}/season";
        await coach.FollowsAsync(sharerItem.GetByRole(AriaRole.Link, new() { Name = $"{sharer.FullName}'s season" }), seasonPath);
        await coach.SeesHeadingAsync($"{sharer.FullName}'s season");
        await Expect(coach.Page.GetByTestId("season-facts")).ToContainTextAsync("Half marathon on ");
        var weeks = coach.Page.GetByTestId("season-weeks").Locator("li.season-week");
        (await weeks.CountAsync()).ShouldBeGreaterThan(3); // three weeks of recovery, then the off-season so far
        await Expect(weeks.First).ToContainTextAsync("Off-season week");
        await Expect(weeks.First.GetByTestId("week-numbers")).ToContainTextAsync("done 7.5 km");
        await Expect(weeks.First.GetByTestId("log-note")).ToHaveTextAsync(Note);
        await Expect(coach.Page.GetByTestId("compliance-flags")).ToContainTextAsync(Drifting());

        // The member who keeps their season to themselves: the address answers as for nobody at all.
        await coach.OpensMissingPageAsync($"/coach/members/{keeperId}/season");
        await coach.SeesHeadingAsync("Season not shared");
        await Expect(coach.Page.GetByTestId("season-not-shared")).ToHaveTextAsync("This member's season is not shared with the coaches.");
        await Expect(coach.Page.GetByText("Nobody else needs to read this")).ToHaveCountAsync(0);

        // The first member stops sharing: the coach's next look shows nothing.
        await coach.OpensAsync(seasonPath);
        var revoked = await App.AsMemberAsync(sharer.Email, async services =>
            await services.GetRequiredService<IUseCases>().SendAsync(new ShareSeason(false), TestContext.Current.CancellationToken));
        revoked.Succeeded.ShouldBeTrue();
        await coach.ReloadsMissingPageAsync();
        await coach.SeesHeadingAsync("Season not shared");
        await Expect(coach.Page.GetByText(Note)).ToHaveCountAsync(0);
        await coach.OpensAsync("/coach/members");
        await Expect(coach.Page.GetByTestId("shared-seasons").Locator($"li[data-member='{sharer.FullName}']")).ToHaveCountAsync(0);
        coach.ShouldHaveOpenedNoCircuit();
    }

    // Two or three finished off-season weeks, depending on the weekday the journey runs on.
    [GeneratedRegex("Drifting: under half the plan (two|three) weeks running")]
    private static partial Regex Drifting();

    /// <summary>A half marathon six weeks ago (three weeks of recovery, then the plan), and a 7.5 km run today with a note.</summary>
    private Task<Guid> SavesASeasonAsync(Member member, bool shares, string note) =>
        App.AsMemberAsync(member.Email, async services =>
        {
            var ct = TestContext.Current.CancellationToken;
            var seasons = services.GetRequiredService<IUseCases>();
            var today = services.GetRequiredService<Application.Common.ClubClock>().Today;
            var saved = await seasons.SendAsync(new SaveSeasonProfile(new SeasonProfileForm { LastRaceDate = today.AddDays(-42), LastRaceDistance = PlanAudience.HalfMarathon, SharesSeasonWithCoaches = shares }), ct);
            saved.Succeeded.ShouldBeTrue(saved.Message);
            var logged = await seasons.SendAsync(new LogSession(new LogEntryForm { Date = today, Title = "Hill repeats", Distance = "7.5", Duration = "45:00", Effort = 6, Note = note }), ct);
            logged.Succeeded.ShouldBeTrue(logged.Message);
            return (await seasons.SendAsync(new GetMySeason(), ct)).Value!.Season!.RunnerId;
        });
}
