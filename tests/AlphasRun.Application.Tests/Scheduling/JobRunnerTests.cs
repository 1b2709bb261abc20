using AlphasRun.Application.Notifications;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Infrastructure.Email;
using AlphasRun.Infrastructure.Notifications;
using AlphasRun.Infrastructure.Persistence;
using AlphasRun.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Application.Tests.Scheduling;

/// <summary>Recurring work across instances: the database row of each job decides which instance runs it (decision 0014).</summary>
public sealed class JobRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunDueAsync_OnTwoInstancesAtTheSameFakeTime_RunsADueJobOnce_AndAgainOnlyAfterItsInterval()
    {
        await using var app = await TestDatabase.StartAsync();
        await using var second = await app.StartSecondHostAsync();
        var job = new CountingJob("test-counting", TimeSpan.FromMinutes(1));
        var first = Runner(app, job);
        var other = Runner(second, job);

        for (var round = 1; round <= 3; round++)
        {
            var ran = await Task.WhenAll(first.RunDueAsync(Ct), other.RunDueAsync(Ct));
            ran.Sum(r => r.Count).ShouldBe(1);
            job.Runs.ShouldBe(round);

            app.Clock.Advance(TimeSpan.FromSeconds(59));
            (await Task.WhenAll(first.RunDueAsync(Ct), other.RunDueAsync(Ct))).Sum(r => r.Count).ShouldBe(0);
            app.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        job.MostAtOnce.ShouldBe(1);
    }

    [Fact]
    public async Task RunDueAsync_WhenTheInstanceHoldingAJobDied_AnotherTakesItOverOnceTheLeaseRunsOut()
    {
        await using var app = await TestDatabase.StartAsync();
        await using var second = await app.StartSecondHostAsync();
        var hung = new HangingJob("test-takeover");
        var survivor = new CountingJob("test-takeover", hung.Interval);
        var dying = Runner(app, hung);
        var other = Runner(second, survivor);

        // The first instance claims the job and then never finishes it (as if its process had been killed).
        var held = dying.RunDueAsync(Ct);
        await hung.Started.WaitAsync(Ct);
        (await other.RunDueAsync(Ct)).ShouldBeEmpty();
        app.Clock.Advance(hung.Lease - TimeSpan.FromSeconds(1));
        (await other.RunDueAsync(Ct)).ShouldBeEmpty();

        app.Clock.Advance(TimeSpan.FromSeconds(2));
        (await other.RunDueAsync(Ct)).ShouldBe(["test-takeover"]);
        survivor.Runs.ShouldBe(1);

        // Should the first instance come back after all, its late finish leaves the row as the survivor left it.
        hung.Release();
        (await held).ShouldBe(["test-takeover"]);
        var row = await RowAsync(app, "test-takeover");
        row.LastRunBy.ShouldBe(other.Instance);
        row.LeasedBy.ShouldBeNull();
        row.NextDueUtc.ShouldBe(app.Clock.GetUtcNow().UtcDateTime + hung.Interval);
    }

    [Fact]
    public async Task RunDueAsync_WhenAJobFails_ReleasesItAndTriesAgainAfterItsInterval()
    {
        await using var app = await TestDatabase.StartAsync();
        var job = new CountingJob("test-failing", TimeSpan.FromSeconds(30)) { FailuresLeft = 1 };
        var runner = Runner(app, job);

        (await runner.RunDueAsync(Ct)).ShouldBe(["test-failing"]);
        (await RowAsync(app, "test-failing")).LeasedBy.ShouldBeNull();
        (await runner.RunDueAsync(Ct)).ShouldBeEmpty();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        (await runner.RunDueAsync(Ct)).ShouldBe(["test-failing"]);
        job.Runs.ShouldBe(2);
    }

    [Fact]
    public async Task AppsJobs_AreTheOutboxRemindersRunGenerationAndPickupRetention_OnOneRunner()
    {
        await using var app = await TestDatabase.StartAsync();
        var runner = app.Services.GetRequiredService<JobRunner>();

        runner.Jobs.Select(j => j.Name).Order(StringComparer.Ordinal).ShouldBe(
            [ScheduledJob.GenerateRuns, OutboxDispatchJob.JobName, PickupRetentionJob.JobName, ReminderSweepJob.JobName]);
        runner.Jobs.Single(j => j.EveryInstance).Name.ShouldBe(PickupRetentionJob.JobName);
        runner.Tick.ShouldBe(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task RunGeneration_IsDueAgainAtTheNextMidnightInToronto()
    {
        await using var app = await TestDatabase.StartAsync();
        var job = app.Services.GetServices<RecurringJob>().Single(j => j.Name == ScheduledJob.GenerateRuns);

        // 12:00 UTC on 26 November 2026 is 07:00 in Toronto (EST); the next club day starts at 05:00 UTC.
        job.NextDueAfter(new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc)).ShouldBe(new DateTime(2026, 11, 27, 5, 0, 0, DateTimeKind.Utc));
        // 03:00 UTC on the 27th is still the 26th in Toronto.
        job.NextDueAfter(new DateTime(2026, 11, 27, 3, 0, 0, DateTimeKind.Utc)).ShouldBe(new DateTime(2026, 11, 27, 5, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task OutboxDispatchJob_RunByTheRunner_SendsWhatIsQueued_OnceAcrossTwoInstances()
    {
        await using var app = await TestDatabase.StartAsync();
        await using var second = await app.StartSecondHostAsync();
        var members = await app.AddMembersAsync(3);
        await app.ForgetQueuedMailAsync();
        foreach (var member in members)
        {
            await app.Get<IAccountEmailOutbox>().QueueAsync(AccountEmail.JoinAttempt, member.UserId, Ct);
        }

        var first = app.Services.GetRequiredService<JobRunner>();
        var other = second.Services.GetRequiredService<JobRunner>();
        await Task.WhenAll(first.RunDueAsync(Ct), other.RunDueAsync(Ct));
        app.Clock.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(first.RunDueAsync(Ct), other.RunDueAsync(Ct));

        (app.Mail.Sent.Count + second.Mail.Sent.Count).ShouldBe(3);
        app.Mail.Sent.Concat(second.Mail.Sent).Select(m => m.To).Order(StringComparer.Ordinal).ShouldBe(members.Select(m => m.Email).Order(StringComparer.Ordinal));
    }

    private static JobRunner Runner(TestDatabase app, RecurringJob job) =>
        ActivatorUtilities.CreateInstance<JobRunner>(app.Services, (IEnumerable<RecurringJob>)[job]);

    private static async Task<ScheduledJob> RowAsync(TestDatabase app, string name)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>();
        await using var db = await factory.CreateDbContextAsync(Ct);
        return await db.ScheduledJobs.AsNoTracking().SingleAsync(j => j.Name == name, Ct);
    }

    private sealed class CountingJob(string name, TimeSpan interval) : RecurringJob
    {
        private int _runs;
        private int _running;
        private int _mostAtOnce;

        public override string Name => name;

        public override TimeSpan Interval => interval;

        public int Runs => _runs;

        public int MostAtOnce => _mostAtOnce;

        public int FailuresLeft { get; set; }

        public override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runs);
            var now = Interlocked.Increment(ref _running);
            _mostAtOnce = Math.Max(_mostAtOnce, now);
            try
            {
                await Task.Delay(20, cancellationToken);
                if (FailuresLeft-- > 0)
                {
                    throw new InvalidOperationException("The job failed this time.");
                }
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }

    private sealed class HangingJob(string name) : RecurringJob
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override string Name => name;

        public override TimeSpan Interval => TimeSpan.FromMinutes(1);

        public override TimeSpan Lease => TimeSpan.FromMinutes(5);

        public Task Started => _started.Task;

        public void Release() => _release.TrySetResult();

        public override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            _started.TrySetResult();
            await _release.Task.WaitAsync(cancellationToken);
        }
    }
}
