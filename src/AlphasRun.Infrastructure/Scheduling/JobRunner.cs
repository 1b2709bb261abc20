using System.Collections.Concurrent;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlphasRun.Infrastructure.Scheduling;

/// <summary>
/// The one loop for recurring work, on every instance. Every <see cref="Tick"/> it reads the job rows and, for each
/// due job, tries to claim the row with a conditional UPDATE (due, and no lease or one that ran out): the instance
/// whose UPDATE changes the row runs the job, the others see zero rows and move on. When the job ends the row gets
/// its next due time and the lease is cleared; an instance that dies leaves the lease to run out, and the job is
/// still due, so another instance takes it over. See docs/decisions/0014-recurring-work.md.
/// </summary>
public sealed partial class JobRunner(
    IDbContextFactory<AlphasRunDbContext> dbFactory,
    IServiceScopeFactory scopes,
    IEnumerable<RecurringJob> jobs,
    TimeProvider time,
    ILogger<JobRunner> logger) : BackgroundService
{
    /// <summary>A job that failed is tried again after its interval, or after this when its interval is longer.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(5);

    private readonly RecurringJob[] _jobs = [.. jobs];
    private readonly ConcurrentDictionary<string, Task> _running = new();
    private readonly ConcurrentDictionary<string, DateTime> _localNextDue = new();
    private bool _rowsAdded;

    /// <summary>Names this runner in the job rows (machine, process and a random part: two hosts in one process differ).</summary>
    public string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    public IReadOnlyList<RecurringJob> Jobs => _jobs;

    /// <summary>How often the runner looks: the shortest job interval, between a second and a minute.</summary>
    public TimeSpan Tick => _jobs.Length == 0
        ? TimeSpan.FromMinutes(1)
        : TimeSpan.FromTicks(Math.Clamp(_jobs.Min(j => j.Interval).Ticks, TimeSpan.TicksPerSecond, TimeSpan.TicksPerMinute));

    /// <summary>
    /// Runs the jobs that are due and that this instance claims, and waits for them; returns their names. The
    /// background loop does the same every <see cref="Tick"/> without waiting (tests call this directly).
    /// </summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken)
    {
        var started = await StartDueAsync(cancellationToken);
        await Task.WhenAll(started.Select(s => s.Run));
        return started.ConvertAll(s => s.Name);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await Task.WhenAll(_running.Values).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host stopped waiting; the leases of what still runs will run out.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_jobs.Length == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(Tick, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await StartDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogLookFailed(ex);
            }
        }
    }

    private async Task<List<(string Name, Task Run)>> StartDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var started = new List<(string Name, Task Run)>();
        var shared = _jobs.Where(j => !j.EveryInstance && !_running.ContainsKey(j.Name)).ToList();
        if (shared.Count > 0)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (!_rowsAdded)
            {
                // A new job gets its row here, not from a migration; of instances racing to add it, one insert counts.
                foreach (var job in _jobs.Where(j => !j.EveryInstance))
                {
                    await db.Database.ExecuteSqlAsync($"""INSERT INTO "ScheduledJobs" ("Name") VALUES ({job.Name}) ON CONFLICT ("Name") DO NOTHING""", cancellationToken);
                }

                _rowsAdded = true;
            }

            // One read a tick; only a job that looks due costs a write.
            var names = shared.ConvertAll(j => j.Name);
            var due = await Due(db.ScheduledJobs, now).Where(j => names.Contains(j.Name)).Select(j => j.Name).ToListAsync(cancellationToken);
            foreach (var job in shared.Where(j => due.Contains(j.Name)))
            {
                DateTime? until = now + job.Lease;
                string? me = Instance;
                var claimed = await Due(db.ScheduledJobs, now).Where(j => j.Name == job.Name)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeasedBy, me).SetProperty(j => j.LeaseUntilUtc, until), cancellationToken) == 1;
                if (claimed)
                {
                    started.Add((job.Name, Start(job, now, claimedRow: true, cancellationToken)));
                }
            }
        }

        foreach (var job in _jobs.Where(j => j.EveryInstance && !_running.ContainsKey(j.Name)))
        {
            if (_localNextDue.GetValueOrDefault(job.Name, DateTime.MinValue) <= now)
            {
                started.Add((job.Name, Start(job, now, claimedRow: false, cancellationToken)));
            }
        }

        return started;
    }

    private static IQueryable<ScheduledJob> Due(IQueryable<ScheduledJob> rows, DateTime now) =>
        rows.Where(j => (j.NextDueUtc == null || j.NextDueUtc <= now) && (j.LeaseUntilUtc == null || j.LeaseUntilUtc < now));

    private Task Start(RecurringJob job, DateTime startedUtc, bool claimedRow, CancellationToken cancellationToken)
    {
        // Marked as running before it starts and unmarked before whoever waits for it hears it ended, so the next
        // look never skips a job that has finished.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_running.TryAdd(job.Name, done.Task))
        {
            return Task.CompletedTask;
        }

        _ = Task.Run(
            async () =>
            {
                try
                {
                    await RunOneAsync(job, startedUtc, claimedRow, cancellationToken);
                }
                finally
                {
                    _running.TryRemove(job.Name, out _);
                    done.SetResult();
                }
            },
            CancellationToken.None);
        return done.Task;
    }

    private async Task RunOneAsync(RecurringJob job, DateTime startedUtc, bool claimedRow, CancellationToken cancellationToken)
    {
        DateTime next;
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                await job.RunAsync(scope.ServiceProvider, cancellationToken);
            }

            next = job.NextDueAfter(startedUtc);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: hand the job back (still due), so another instance need not wait for the lease.
            if (claimedRow)
            {
                await FinishAsync(job, null, null);
            }

            return;
        }
        catch (Exception ex)
        {
            LogJobFailed(ex, job.Name);
            next = time.GetUtcNow().UtcDateTime + (job.Interval < RetryAfterFailure ? job.Interval : RetryAfterFailure);
        }

        if (claimedRow)
        {
            await FinishAsync(job, next, startedUtc);
        }
        else
        {
            _localNextDue[job.Name] = next;
        }
    }

    /// <summary>Clears the lease and sets the next due time, only if the lease is still ours (another instance may have taken over).</summary>
    private async Task FinishAsync(RecurringJob job, DateTime? next, DateTime? ranUtc)
    {
        string? me = Instance;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            var mine = db.ScheduledJobs.Where(j => j.Name == job.Name && j.LeasedBy == me);
            if (next is null)
            {
                await mine.ExecuteUpdateAsync(s => s.SetProperty(j => j.LeasedBy, (string?)null).SetProperty(j => j.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
            }
            else
            {
                await mine.ExecuteUpdateAsync(
                    s => s.SetProperty(j => j.NextDueUtc, next).SetProperty(j => j.LastRunUtc, ranUtc).SetProperty(j => j.LastRunBy, me)
                        .SetProperty(j => j.LeasedBy, (string?)null).SetProperty(j => j.LeaseUntilUtc, (DateTime?)null),
                    CancellationToken.None);
            }
        }
        catch (Exception ex)
        {
            // The lease runs out and the job runs again: every job is idempotent.
            LogFinishFailed(ex, job.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for due jobs failed; the next tick tries again")]
    private partial void LogLookFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed; it is tried again later")]
    private partial void LogJobFailed(Exception ex, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} ran but its row could not be updated; it runs again once its lease runs out")]
    private partial void LogFinishFailed(Exception ex, string job);
}
