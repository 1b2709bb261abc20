using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace AlphasRun.Web.Security;

/// <summary>
/// Limits for what does not arrive as a plain HTTP request (join runs over the circuit) and the count of
/// wrong passwords per account and client, which is kept in the distributed cache so every instance sees it.
/// </summary>
internal sealed class Throttle(IOptions<SecuritySettings> options, IDistributedCache cache, TimeProvider time) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _join = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, k => (k.StartsWith("client|", StringComparison.Ordinal)
            ? options.Value.RateLimits.JoinPerClient
            : options.Value.RateLimits.JoinPerAccount).ToOptions()));

    /// <summary>Null when joining may go ahead; otherwise how long to wait.</summary>
    public TimeSpan? TryJoin(string? client, string? email)
    {
        foreach (var key in new[] { client is null ? null : $"client|{client}", NormalizeAccount(email) is { } a ? $"account|{a}" : null })
        {
            if (key is null)
            {
                continue;
            }

            using var lease = _join.AttemptAcquire(key);
            if (!lease.IsAcquired)
            {
                return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Value.RateLimits.JoinPerClient.Window;
            }
        }

        return null;
    }

    /// <summary>How long this client must wait before trying this account's password again; null when it may try now.</summary>
    public async Task<TimeSpan?> SignInBlockedForAsync(string email, string? client, CancellationToken cancellationToken)
    {
        var rule = options.Value.RateLimits.FailedSignInsPerClientAndAccount;
        var state = await ReadAsync(FailureKey(email, client), cancellationToken);
        if (state is not { } s || s.Count < rule.PermitLimit)
        {
            return null;
        }

        var left = s.WindowStart + rule.Window - time.GetUtcNow();
        return left > TimeSpan.Zero ? left : null;
    }

    public async Task RecordFailedSignInAsync(string email, string? client, CancellationToken cancellationToken)
    {
        var rule = options.Value.RateLimits.FailedSignInsPerClientAndAccount;
        var key = FailureKey(email, client);
        var now = time.GetUtcNow();
        var state = await ReadAsync(key, cancellationToken) is { } s && s.WindowStart + rule.Window > now ? s : (Count: 0, WindowStart: now);
        var value = $"{state.Count + 1}|{state.WindowStart.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
        await cache.SetStringAsync(key, value, new DistributedCacheEntryOptions { AbsoluteExpiration = state.WindowStart + rule.Window }, cancellationToken);
    }

    public Task ClearFailedSignInsAsync(string email, string? client, CancellationToken cancellationToken) =>
        cache.RemoveAsync(FailureKey(email, client), cancellationToken);

    /// <summary>"3 minutes", "40 seconds": a wait as people say it.</summary>
    public static string Describe(TimeSpan wait)
    {
        if (wait.TotalSeconds < 60)
        {
            return $"{Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds";
        }

        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return minutes == 1 ? "1 minute" : $"{minutes} minutes";
    }

    /// <summary>The account an email names, for limits and counters: trimmed and upper-cased; null when empty or absurd.</summary>
    public static string? NormalizeAccount(string? email)
    {
        var trimmed = email?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > 256 ? null : trimmed.ToUpperInvariant();
    }

    public void Dispose() => _join.Dispose();

    private static string FailureKey(string email, string? client)
    {
        // Hashed: cache keys (Redis) should not hold members' email addresses.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{NormalizeAccount(email)}|{client}"));
        return "alphasrun:signin-failures:" + Convert.ToHexString(hash);
    }

    private async Task<(int Count, DateTimeOffset WindowStart)?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var value = await cache.GetStringAsync(key, cancellationToken);
        var parts = value?.Split('|');
        return parts is [var count, var ticks]
            && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            ? (n, new DateTimeOffset(t, TimeSpan.Zero))
            : null;
    }
}
