using AlphasRun.Domain.GroupRuns;
using Microsoft.Extensions.Options;

namespace AlphasRun.Application.Notifications;

/// <summary>
/// Queues the reminders that have become due, as outbox messages the dispatcher sends. Every instance
/// sweeps; the database keeps it to one per member and run: each reminder carries a unique key, so a racing
/// sweep's insert is refused and its retry finds the row already there. Whether the email still goes out
/// (run cancelled, member cancelled, reminders turned off) is checked again when it is sent.
/// </summary>
public sealed class ReminderSweep(IAlphasRunDbFactory dbFactory, ClubClock clock, IOptions<ReminderOptions> options, WriteResilience resilience)
{
    /// <summary>No reminder is due more than this long before its run (the evening before a run just after midnight is ~28 h).</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(48);

    /// <summary>Queues every reminder due now; returns how many this call queued.</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return 0;
        }

        var now = clock.UtcNow;
        var until = now + Horizon;
        var policy = options.Value.Policy;
        List<Candidate> candidates;
        HashSet<(Guid, Guid)> queued;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            candidates = await db.Registrations.AsNoTracking()
                .Where(r => r.Status == RegistrationStatus.Confirmed && r.RunnerId != null)
                .Join(
                    db.GroupRunOccurrences.Where(o => o.Status == OccurrenceStatus.Scheduled && o.StartUtc > now && o.StartUtc <= until),
                    r => r.OccurrenceId,
                    o => o.Id,
                    (r, o) => new { RunnerId = r.RunnerId!.Value, r.OccurrenceId, o.StartUtc, r.UpdatedUtc })
                .Join(db.Runners, x => x.RunnerId, runner => runner.Id, (x, runner) => new Candidate(x.RunnerId, x.OccurrenceId, x.StartUtc, x.UpdatedUtc, runner.Reminder))
                .ToListAsync(cancellationToken);
            var runIds = candidates.Select(c => c.OccurrenceId).Distinct().ToList();
            queued = [.. (await db.OutboxMessages.AsNoTracking()
                    .Where(m => m.Kind == OutboxMessage.ReminderKind && runIds.Contains(m.OccurrenceId))
                    .Select(m => new { m.RunnerId, m.OccurrenceId })
                    .ToListAsync(cancellationToken))
                .Select(m => (m.RunnerId, m.OccurrenceId))];
        }

        var count = 0;
        foreach (var c in candidates.Where(c => !queued.Contains((c.RunnerId, c.OccurrenceId))))
        {
            var start = DateTime.SpecifyKind(c.StartUtc, DateTimeKind.Utc);
            if (RunReminders.DueUtc(start, clock.Zone, c.Choice, policy) is { } due
                && RunReminders.ShouldQueue(due, start, DateTime.SpecifyKind(c.ConfirmedSinceUtc, DateTimeKind.Utc), now)
                && await resilience.RunAsync(ct => TryQueueAsync(c.RunnerId, c.OccurrenceId, now, ct), cancellationToken))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Inserts the reminder unless its key exists; a racing insert of the same key fails on the unique index and this runs again.</summary>
    private async Task<bool> TryQueueAsync(Guid runnerId, Guid occurrenceId, DateTime now, CancellationToken cancellationToken)
    {
        var key = OutboxMessage.ReminderKey(runnerId, occurrenceId);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await db.OutboxMessages.AnyAsync(m => m.DedupKey == key, cancellationToken))
        {
            return false;
        }

        db.OutboxMessages.Add(OutboxMessage.Reminder(runnerId, occurrenceId, now));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private sealed record Candidate(Guid RunnerId, Guid OccurrenceId, DateTime StartUtc, DateTime ConfirmedSinceUtc, Domain.Runners.ReminderChoice Choice);
}
