using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.Notifications;
using AlphasRun.Application.Seasons.SaveSeasonProfile;
using AlphasRun.Application.Tests.Support;

namespace AlphasRun.Application.Tests.Seasons;

/// <summary>
/// The line a run's reminder carries ("Suggested for your plan that day") follows the member's own season.
/// Today is Thursday 26 November 2026; the run is the Tuesday evening run of 1 December.
/// </summary>
public sealed class SeasonSuggestionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InTheOffSeason_TheSessionOfTheirWeekThatIsRunWithTheCrew()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1))[0];
        app.User.SignIn(member.UserId, Roles.Runner);
        await app.Get<IUseCases>().SendAsync(new SaveSeasonProfile(SeasonServiceTests.Marathon()), Ct);
        var tuesday = await app.NextRunAsync(DayOfWeek.Tuesday);

        var line = await app.Get<ISuggestedSessionSource>().SuggestedForAsync(member.RunnerId, tuesday, Ct);

        line.ShouldBe("Medium run: 10–12 km (off-season week 3, Off-season week for marathoners)");
    }

    [Fact]
    public async Task WhileRecovering_EasyAndOptional_NotTheCrewPlan()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1))[0];
        app.User.SignIn(member.UserId, Roles.Runner);
        var justRaced = SeasonServiceTests.Marathon();
        justRaced.LastRaceDate = new DateOnly(2026, 11, 22);
        (await app.Get<IUseCases>().SendAsync(new SaveSeasonProfile(justRaced), Ct)).Succeeded.ShouldBeTrue();
        var tuesday = await app.NextRunAsync(DayOfWeek.Tuesday);

        var line = await app.Get<ISuggestedSessionSource>().SuggestedForAsync(member.RunnerId, tuesday, Ct);

        line.ShouldBe("Recovery week 2 after your race: easy and optional, keep it short and slow (or rest).");
    }

    [Fact]
    public async Task WithoutASeason_TheCrewPlanForTheirMainDistance()
    {
        await using var app = await TestDatabase.StartAsync();
        var member = (await app.AddMembersAsync(1))[0];
        var tuesday = await app.NextRunAsync(DayOfWeek.Tuesday);

        var line = await app.Get<ISuggestedSessionSource>().SuggestedForAsync(member.RunnerId, tuesday, Ct);

        line.ShouldBe(await app.Get<PublishedPlanSuggestion>().SuggestedForAsync(member.RunnerId, tuesday, Ct));
        line.ShouldNotBeNull().ShouldContain("km");
    }
}
