using System.Collections.Concurrent;
using AlphasRun.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.Runners;

/// <summary>
/// Which runner profile belongs to a signed-in user. A user's runner never changes, so the answer is
/// remembered (saving a query on every tap); deleting an account forgets it.
/// </summary>
public sealed class RunnerDirectory(IAlphasRunDbFactory dbFactory)
{
    private readonly ConcurrentDictionary<string, Guid> _runners = new(StringComparer.Ordinal);

    public async Task<Guid?> RunnerIdAsync(string userId, CancellationToken cancellationToken)
    {
        if (_runners.TryGetValue(userId, out var known))
        {
            return known;
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runnerId = await db.Runners.AsNoTracking().Where(r => r.UserId == userId).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);
        if (runnerId is { } id)
        {
            _runners[userId] = id;
        }

        return runnerId;
    }

    public void Forget(string userId) => _runners.TryRemove(userId, out _);
}
