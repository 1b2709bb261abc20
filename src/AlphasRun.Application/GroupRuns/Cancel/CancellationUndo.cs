using System.Text.Json;
using AlphasRun.Domain.GroupRuns;
using Microsoft.Extensions.Caching.Distributed;

namespace AlphasRun.Application.GroupRuns;

/// <summary>
/// What each member's own cancellation undid, kept for <see cref="Window"/> so "Undo" can restore it. Kept on
/// the server, never taken from the browser (a waitlisted member must not undo their way to a confirmed place),
/// in the shared cache: on several instances, Undo works on whichever one serves the tap.
/// </summary>
public sealed class CancellationUndo(IDistributedCache cache, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    internal Task RememberAsync(Guid runnerId, Guid occurrenceId, RegistrationStatus was, DateTime cancelledUtc, CancellationToken cancellationToken)
    {
        var entry = new Entry(was, cancelledUtc, clock.GetUtcNow() + Window);
        return cache.SetStringAsync(Key(runnerId, occurrenceId), JsonSerializer.Serialize(entry),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Window }, cancellationToken);
    }

    internal async Task<Entry?> TakeAsync(Guid runnerId, Guid occurrenceId, CancellationToken cancellationToken)
    {
        var key = Key(runnerId, occurrenceId);
        if (await cache.GetStringAsync(key, cancellationToken) is not { } json)
        {
            return null;
        }

        // Restoring is a conditional write of its own, so a second tap racing this one changes nothing.
        await cache.RemoveAsync(key, cancellationToken);
        var entry = JsonSerializer.Deserialize<Entry>(json);
        return entry is not null && entry.Expires > clock.GetUtcNow() ? entry : null;
    }

    private static string Key(Guid runnerId, Guid occurrenceId) => $"undo-cancel:{runnerId:N}:{occurrenceId:N}";

    internal sealed record Entry(RegistrationStatus Was, DateTime CancelledUtc, DateTimeOffset Expires);
}
