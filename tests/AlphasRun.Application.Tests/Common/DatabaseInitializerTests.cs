using AlphasRun.Application.Common;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.Guide.ReadGuide;
using AlphasRun.Application.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.Tests.Common;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task InitializeAsync_OnAFreshFile_SeedsGuidePlansSchedulesAndRuns()
    {
        await using var app = await TestDatabase.StartAsync(newFile: true);

        var counts = await CountAsync(app);

        counts.ShouldBe(new Counts(Guide: 6, Plans: 2, Versions: 2, Locations: 1, Schedules: 3, Runs: 24));
    }

    [Fact]
    public async Task InitializeAsync_StartedTwice_InsertsNothingTwice()
    {
        await using var app = await TestDatabase.StartAsync();
        var before = await CountAsync(app);

        await app.RestartAsync();

        (await CountAsync(app)).ShouldBe(before);
    }

    [Fact]
    public async Task InitializeAsync_AfterACoachEditedTheGuide_KeepsTheEdit()
    {
        await using var app = await TestDatabase.StartAsync();
        await using (var db = await app.Get<IAlphasRunDbFactory>().CreateAsync(TestContext.Current.CancellationToken))
        {
            var recover = await db.GuideSections.SingleAsync(s => s.Anchor == "recover", TestContext.Current.CancellationToken);
            recover.Edit("1. Recover first", "Take **four** full weeks this year.", app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await app.RestartAsync();

        var sections = await app.Get<IUseCases>().SendAsync(new ReadGuide(), TestContext.Current.CancellationToken);
        sections.Single(s => s.Anchor == "recover").Html.ShouldContain("Take <strong>four</strong> full weeks this year.");
    }

    internal static async Task<Counts> CountAsync(TestDatabase app)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.Get<IAlphasRunDbFactory>().CreateAsync(ct);
        return new Counts(
            await db.GuideSections.CountAsync(ct),
            await db.TrainingPlans.CountAsync(ct),
            await db.PlanVersions.CountAsync(ct),
            await db.Locations.CountAsync(ct),
            await db.GroupRunSchedules.CountAsync(ct),
            await db.GroupRunOccurrences.CountAsync(ct));
    }

    internal sealed record Counts(int Guide, int Plans, int Versions, int Locations, int Schedules, int Runs);
}
