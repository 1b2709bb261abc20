using AlphasRun.Application.Common.Security;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.Register.RegisterForRun;
using AlphasRun.Application.GroupRuns.Upcoming.MyPlaces;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Application.Tests.Common;

/// <summary>What only SQLite has: the file, its journal mode, and databases made before the scale-out migration.</summary>
public sealed class SqliteDatabaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InitializeAsync_OnAFreshFile_CreatesTheFile()
    {
        await using var app = await TestDatabase.StartAsync(newFile: true);

        File.Exists(app.FilePath).ShouldBeTrue();
        (await DatabaseInitializerTests.CountAsync(app)).Runs.ShouldBe(24);
    }

    [Fact]
    public async Task PragmaJournalMode_IsWal()
    {
        await using var app = await TestDatabase.StartAsync();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>().CreateDbContextAsync(Ct);

        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").ToListAsync(Ct);

        mode.ShouldBe(["wal"]);
    }

    [Fact]
    public async Task Restart_OnADatabaseFromBeforeScaleOut_UpgradesAndKeepsTheWaitlistOrder()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        await app.SetCapacityAsync(run, 1);
        var members = await app.AddMembersAsync(3);
        foreach (var member in members)
        {
            app.User.SignIn(member.UserId, Roles.Runner);
            await app.SendAsync(new RegisterForRun(run, null));
        }

        // Back to the schema as it was, with the queue numbers older code could leave: a tie and a zero.
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>().CreateDbContextAsync(Ct))
        {
            await db.GetService<IMigrator>().MigrateAsync("20261126073100_PlanAndGuideEditing", Ct);
            var third = members[2].RunnerId.ToString().ToUpperInvariant();
            await db.Database.ExecuteSqlAsync($"UPDATE \"Registrations\" SET \"QueueNumber\" = 2 WHERE \"RunnerId\" = {third}", Ct);
            (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM \"Registrations\" WHERE \"QueueNumber\" = 2").SingleAsync(Ct)).ShouldBe(2);
        }

        await app.RestartAsync();

        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>().CreateDbContextAsync(Ct))
        {
            var queue = await db.Registrations.AsNoTracking().Where(r => r.OccurrenceId == run).OrderBy(r => r.QueueNumber).Select(r => r.QueueNumber).ToListAsync(Ct);
            queue.ShouldBe([1L, 2L, 3L]);
            (await db.GroupRunOccurrences.Where(o => o.Id == run).Select(o => o.LastQueueNumber).SingleAsync(Ct)).ShouldBe(3);
        }

        var late = (await app.AddMembersAsync(1, "late")).Single();
        app.User.SignIn(late.UserId, Roles.Runner);
        (await app.SendAsync(new RegisterForRun(run, null))).Value.ShouldBe(RegistrationOutcome.Waitlisted);
        (await app.SendAsync(new MyPlaces([run])))[run].WaitlistPosition.ShouldBe(3);
    }
}
