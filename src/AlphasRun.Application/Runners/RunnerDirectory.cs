using Microsoft.Extensions.Caching.Distributed;

namespace AlphasRun.Application.Runners;

/// <summary>
/// Which runner profile belongs to a signed-in user. A user's runner never changes, so the answer is
/// remembered (saving a query on every tap) in the distributed cache, which every app instance shares
/// (in memory on one instance, Redis when configured); deleting an account forgets it everywhere.
/// </summary>
public sealed class RunnerDirectory(IAlphasRunDbFactory dbFactory, IDistributedCache cache)
{
    private static readonly DistributedCacheEntryOptions Keep = new() { SlidingExpiration = TimeSpan.FromHours(12) };

    public async Task<Guid?> RunnerIdAsync(string userId, CancellationToken cancellationToken)
    {
        var key = Key(userId);
        if (await cache.GetStringAsync(key, cancellationToken) is { } known && Guid.TryParse(known, out var cached))
        {
            return cached;
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runnerId = await db.Runners.AsNoTracking().Where(r => r.UserId == userId).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);
        if (runnerId is { } id)
        {
            await cache.SetStringAsync(key, id.ToString("N"), Keep, cancellationToken);
        }

        return runnerId;
    }

    public Task ForgetAsync(string userId, CancellationToken cancellationToken) => cache.RemoveAsync(Key(userId), cancellationToken);

    private static string Key(string userId) => "alphasrun:runner-of:" + userId;
}
