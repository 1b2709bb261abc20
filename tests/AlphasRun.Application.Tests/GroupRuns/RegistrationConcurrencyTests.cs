using AlphasRun.Application.Common.Security;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Application.Tests.GroupRuns;

/// <summary>Racing registrations against a real SQLite file: the database, not C#, keeps the capacity.</summary>
public sealed class RegistrationConcurrencyTests
{
    [Fact]
    public async Task RegisterAsync_200RunnersAtOnceForCapacity20_Confirms20AndWaitlists180()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        await app.SetCapacityAsync(run, 20);
        var members = await app.AddMembersAsync(200);

        var outcomes = await RegisterAllAsync(app, members, run);

        outcomes.ShouldAllBe(o => o.Succeeded);
        outcomes.Count(o => o.Value == RegistrationOutcome.Confirmed).ShouldBe(20);
        outcomes.Count(o => o.Value == RegistrationOutcome.Waitlisted).ShouldBe(180);
        var rows = await RegistrationsAsync(app, run);
        rows.Count.ShouldBe(200);
        rows.Select(r => r.RunnerId).Distinct().Count().ShouldBe(200);
        rows.Count(r => r.Status == RegistrationStatus.Confirmed).ShouldBe(20);
        rows.Select(r => r.QueueNumber).Distinct().Count().ShouldBe(200);
        (await ConfirmedCountAsync(app, run)).ShouldBe(20);
    }

    [Fact]
    public async Task RegisterAsync_SameRunnerTwiceAtOnce_KeepsOneRegistration()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Thursday);
        var member = (await app.AddMembersAsync(1)).Single();

        var outcomes = await RegisterAllAsync(app, [.. Enumerable.Repeat(member, 10)], run);

        outcomes.ShouldAllBe(o => o.Succeeded && o.Value == RegistrationOutcome.Confirmed);
        (await RegistrationsAsync(app, run)).Count.ShouldBe(1);
        (await ConfirmedCountAsync(app, run)).ShouldBe(1);
    }

    [Fact]
    public async Task CancelAsync_50ConfirmedAtOnce_PromotesExactly50InQueueOrder()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Sunday);
        await app.SetCapacityAsync(run, 60);
        var members = await app.AddMembersAsync(200);
        await RegisterAllAsync(app, members, run);
        var before = await RegistrationsAsync(app, run);
        var firstFiftyWaiting = before.Where(r => r.Status == RegistrationStatus.Waitlisted).OrderBy(r => r.QueueNumber).Take(50).Select(r => r.RunnerId).ToHashSet();
        var leaving = before.Where(r => r.Status == RegistrationStatus.Confirmed).Take(50).Select(r => members.Single(m => m.RunnerId == r.RunnerId)).ToList();

        var results = await Task.WhenAll(leaving.Select(m => Task.Run(async () =>
        {
            app.User.SignIn(m.UserId, Roles.Runner);
            return await app.Get<RegistrationService>().CancelAsync(run, TestContext.Current.CancellationToken);
        })));

        results.ShouldAllBe(r => r.Succeeded);
        var after = await RegistrationsAsync(app, run);
        after.Count(r => r.Status == RegistrationStatus.Confirmed).ShouldBe(60);
        after.Count(r => r.Status == RegistrationStatus.Cancelled).ShouldBe(50);
        after.Count(r => r.Status == RegistrationStatus.Waitlisted).ShouldBe(90);
        after.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.RunnerId).ToHashSet().IsSupersetOf(firstFiftyWaiting).ShouldBeTrue();
        (await ConfirmedCountAsync(app, run)).ShouldBe(60);
        app.Mail.Sent.Count(m => m.Subject.StartsWith("You're in", StringComparison.Ordinal)).ShouldBe(50);
    }

    private static async Task<AlphasRun.Application.Common.Result<RegistrationOutcome>[]> RegisterAllAsync(TestDatabase app, IReadOnlyList<TestMember> members, Guid run) =>
        await Task.WhenAll(members.Select(m => Task.Run(async () =>
        {
            app.User.SignIn(m.UserId, Roles.Runner);
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RegistrationService>().RegisterAsync(run, "5:45", TestContext.Current.CancellationToken);
        })));

    private static async Task<List<Registration>> RegistrationsAsync(TestDatabase app, Guid run)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>().CreateDbContextAsync();
        return await db.Registrations.AsNoTracking().Where(r => r.OccurrenceId == run).ToListAsync();
    }

    private static async Task<int> ConfirmedCountAsync(TestDatabase app, Guid run)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>().CreateDbContextAsync();
        return await db.GroupRunOccurrences.Where(o => o.Id == run).Select(o => o.ConfirmedCount).SingleAsync();
    }
}
