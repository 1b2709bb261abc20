using System.Collections.Concurrent;
using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns;

/// <summary>
/// What each member's own cancellation undid, kept for <see cref="Window"/> so "Undo" can restore it. Kept on
/// the server, never taken from the browser (a waitlisted member must not undo their way to a confirmed place).
/// In memory: after a restart, or on another app instance, Undo answers "too late" and the member registers again.
/// </summary>
public sealed class CancellationUndo(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(Guid RunnerId, Guid OccurrenceId), Entry> _entries = new();

    internal void Remember(Guid runnerId, Guid occurrenceId, RegistrationStatus was, DateTime cancelledUtc)
    {
        var now = clock.GetUtcNow();
        foreach (var stale in _entries.Where(e => e.Value.Expires <= now).Select(e => e.Key).ToList())
        {
            _entries.TryRemove(stale, out _);
        }

        _entries[(runnerId, occurrenceId)] = new Entry(was, cancelledUtc, now + Window);
    }

    internal Entry? Take(Guid runnerId, Guid occurrenceId) =>
        _entries.TryRemove((runnerId, occurrenceId), out var entry) && entry.Expires > clock.GetUtcNow() ? entry : null;

    internal sealed record Entry(RegistrationStatus Was, DateTime CancelledUtc, DateTimeOffset Expires);
}
