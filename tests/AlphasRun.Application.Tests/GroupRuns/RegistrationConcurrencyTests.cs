using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.Cancel.CancelRegistration;
using AlphasRun.Application.GroupRuns.Register.RegisterForRun;
using AlphasRun.Application.GroupRuns.Schedules.ListSchedules;
using AlphasRun.Application.GroupRuns.Schedules.SaveSchedule;
using AlphasRun.Application.GroupRuns.Upcoming.MyPlaces;
using AlphasRun.Application.Notifications;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Application.Tests.GroupRuns;

/// <summary>
/// Racing registrations against a real database (SQLite file, or PostgreSQL in the PostgreSQL test
/// project), from one app instance and from two sharing the database: the database, not C#, keeps the
/// capacity, the queue order and exactly-once promotion.
/// </summary>
public sealed class RegistrationConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task RegisterAsync_200RunnersAtOnceForCapacity20_Confirms20AndWaitlists180InOrder(int hosts)
    {
        await using var app = await TestDatabase.StartAsync();
        await using var other = hosts == 2 ? await app.StartSecondHostAsync() : null;
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        await app.SetCapacityAsync(run, 20);
        var members = await app.AddMembersAsync(200);

        var outcomes = await RegisterAllAsync([app, other ?? app], members, run);

        outcomes.ShouldAllBe(o => o.Succeeded);
        outcomes.Count(o => o.Value == RegistrationOutcome.Confirmed).ShouldBe(20);
        outcomes.Count(o => o.Value == RegistrationOutcome.Waitlisted).ShouldBe(180);
        var rows = await RegistrationsAsync(app, run);
        rows.Count.ShouldBe(200);
        rows.Select(r => r.RunnerId).Distinct().Count().ShouldBe(200);
        rows.Count(r => r.Status == RegistrationStatus.Confirmed).ShouldBe(20);
        rows.Select(r => r.QueueNumber).Order().ShouldBe(Enumerable.Range(1, 200).Select(n => (long)n));
        (await ConfirmedCountAsync(app, run)).ShouldBe(20);

        // What each waiting runner is shown: positions 1…180, none twice, in the order they queued.
        var positions = await WaitlistPositionsAsync(app, members, run);
        positions.Values.Order().ShouldBe(Enumerable.Range(1, 180));
        rows.Where(r => r.Status == RegistrationStatus.Waitlisted).OrderBy(r => r.QueueNumber).Select(r => positions[r.RunnerId!.Value])
            .ShouldBe(Enumerable.Range(1, 180));
    }

    [Fact]
    public async Task RegisterAsync_SameRunnerTwiceAtOnce_KeepsOneRegistration()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Thursday);
        var member = (await app.AddMembersAsync(1)).Single();

        var outcomes = await RegisterAllAsync([app], [.. Enumerable.Repeat(member, 10)], run);

        outcomes.ShouldAllBe(o => o.Succeeded && o.Value == RegistrationOutcome.Confirmed);
        (await RegistrationsAsync(app, run)).Count.ShouldBe(1);
        (await ConfirmedCountAsync(app, run)).ShouldBe(1);
    }

    [Fact]
    public async Task RegisterAsync_LastPlaceRacedBy20_OneConfirmedTheRestWaitlistedNoErrors()
    {
        await using var app = await TestDatabase.StartAsync();
        await using var other = await app.StartSecondHostAsync();
        var run = await app.NextRunAsync(DayOfWeek.Sunday);
        await app.SetCapacityAsync(run, 1);
        var members = await app.AddMembersAsync(20);

        var outcomes = await RegisterAllAsync([app, other], members, run);

        outcomes.ShouldAllBe(o => o.Succeeded);
        outcomes.Count(o => o.Value == RegistrationOutcome.Confirmed).ShouldBe(1);
        outcomes.Count(o => o.Value == RegistrationOutcome.Waitlisted).ShouldBe(19);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task CancelAsync_50ConfirmedAtOnce_PromotesExactly50InQueueOrder_AndEmailsEachOnce(int hosts)
    {
        await using var app = await TestDatabase.StartAsync();
        await using var other = hosts == 2 ? await app.StartSecondHostAsync() : null;
        TestDatabase[] apps = [app, other ?? app];
        var run = await app.NextRunAsync(DayOfWeek.Sunday);
        await app.SetCapacityAsync(run, 60);
        var members = await app.AddMembersAsync(200);
        await RegisterAllAsync(apps, members, run);
        var before = await RegistrationsAsync(app, run);
        var firstFiftyWaiting = before.Where(r => r.Status == RegistrationStatus.Waitlisted).OrderBy(r => r.QueueNumber).Take(50).Select(r => r.RunnerId!.Value).ToHashSet();
        var leaving = before.Where(r => r.Status == RegistrationStatus.Confirmed).Take(50).Select(r => members.Single(m => m.RunnerId == r.RunnerId)).ToList();
        await app.ForgetQueuedMailAsync(); // the 200 registrations' confirmations

        var results = await Task.WhenAll(leaving.Select((m, i) => Task.Run(async () =>
        {
            var host = apps[i % apps.Length];
            host.User.SignIn(m.UserId, Roles.Runner);
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IUseCases>().SendAsync(new CancelRegistration(run), Ct);
        })));

        results.ShouldAllBe(r => r.Succeeded);
        var after = await RegistrationsAsync(app, run);
        after.Count(r => r.Status == RegistrationStatus.Confirmed).ShouldBe(60);
        after.Count(r => r.Status == RegistrationStatus.Cancelled).ShouldBe(50);
        after.Count(r => r.Status == RegistrationStatus.Waitlisted).ShouldBe(90);
        var promoted = after.Where(r => r.Status == RegistrationStatus.Confirmed && firstFiftyWaiting.Contains(r.RunnerId!.Value)).ToList();
        promoted.Count.ShouldBe(50);
        (await ConfirmedCountAsync(app, run)).ShouldBe(60);

        var outbox = (await OutboxAsync(app)).Where(m => m.Kind == OutboxMessage.PromotedKind).ToList();
        outbox.Count.ShouldBe(50);
        outbox.Select(m => m.RunnerId).ToHashSet().SetEquals(firstFiftyWaiting).ShouldBeTrue();

        // Both hosts' dispatchers run at once; each email still goes out once.
        var sent = await Task.WhenAll(apps.Distinct().Select(a => Task.Run(a.DeliverMailAsync)));
        sent.Sum().ShouldBe(50);
        var mail = apps.Distinct().SelectMany(a => a.Mail.Sent).ToList();
        mail.Count.ShouldBe(50);
        mail.Select(m => m.To).Distinct().Count().ShouldBe(50);
        mail.ShouldAllBe(m => m.Subject.StartsWith("You're in", StringComparison.Ordinal));
        (await OutboxAsync(app)).ShouldAllBe(m => m.SentUtc != null && m.Attempts == 0);
        (await Task.WhenAll(apps.Select(a => a.DeliverMailAsync()))).Sum().ShouldBe(0);
    }

    [Fact]
    public async Task SaveScheduleAsync_CapacityLoweredWhileRunnersRegister_NeverBelowConfirmed()
    {
        await using var app = await TestDatabase.StartAsync();
        await using var other = await app.StartSecondHostAsync();
        var members = await app.AddMembersAsync(30);
        app.User.SignIn("coach", Roles.Coach);
        var schedule = (await app.SendAsync(new ListSchedules())).Value!.Single(s => s.Day == DayOfWeek.Tuesday);
        var run = await app.NextRunAsync(DayOfWeek.Tuesday);
        var form = schedule.ToForm();
        form.Capacity = 10;

        var registering = RegisterAllAsync([other], members, run);
        var lowering = Task.Run(async () =>
        {
            app.User.SignIn("coach", Roles.Coach);
            return await app.SendAsync(new SaveSchedule(form));
        });
        var outcomes = await registering;
        var lowered = await lowering;

        outcomes.ShouldAllBe(o => o.Succeeded);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>().CreateDbContextAsync(Ct);
        var state = await db.GroupRunOccurrences.Where(o => o.Id == run).Select(o => new { o.Capacity, o.ConfirmedCount }).SingleAsync(Ct);
        var confirmedRows = await db.Registrations.CountAsync(r => r.OccurrenceId == run && r.Status == RegistrationStatus.Confirmed, Ct);
        confirmedRows.ShouldBe(state.ConfirmedCount);
        if (lowered.Succeeded)
        {
            state.Capacity.ShouldBe(10);
            state.ConfirmedCount.ShouldBeLessThanOrEqualTo(10);
        }
        else
        {
            lowered.Problems.ShouldHaveSingleItem().Message.ShouldContain("already confirmed");
            state.ConfirmedCount.ShouldBeGreaterThan(10);
        }
    }

    internal static async Task<Result<RegistrationOutcome>[]> RegisterAllAsync(TestDatabase[] apps, IReadOnlyList<TestMember> members, Guid run) =>
        await Task.WhenAll(members.Select((m, i) => Task.Run(async () =>
        {
            var app = apps[i % apps.Length];
            app.User.SignIn(m.UserId, Roles.Runner);
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IUseCases>().SendAsync(new RegisterForRun(run, null), Ct);
        })));

    private static async Task<Dictionary<Guid, int>> WaitlistPositionsAsync(TestDatabase app, IReadOnlyList<TestMember> members, Guid run)
    {
        var positions = new Dictionary<Guid, int>();
        foreach (var member in members)
        {
            app.User.SignIn(member.UserId, Roles.Runner);
            if ((await app.SendAsync(new MyPlaces([run])))[run].WaitlistPosition is { } position)
            {
                positions[member.RunnerId] = position;
            }
        }

        return positions;
    }

    private static async Task<List<Registration>> RegistrationsAsync(TestDatabase app, Guid run)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>().CreateDbContextAsync();
        return await db.Registrations.AsNoTracking().Where(r => r.OccurrenceId == run).ToListAsync();
    }

    private static async Task<List<OutboxMessage>> OutboxAsync(TestDatabase app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().ToListAsync();
    }

    private static async Task<int> ConfirmedCountAsync(TestDatabase app, Guid run)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>().CreateDbContextAsync();
        return await db.GroupRunOccurrences.Where(o => o.Id == run).Select(o => o.ConfirmedCount).SingleAsync();
    }
}
