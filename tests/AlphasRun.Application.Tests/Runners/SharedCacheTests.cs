using AlphasRun.Application.Runners;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace AlphasRun.Application.Tests.Runners;

/// <summary>What one app instance remembers, the others see: the distributed cache on Redis (ConnectionStrings:Redis).</summary>
public sealed class SharedCacheTests
{
    private const string Redis = "127.0.0.1:6379";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunnerDirectory_OnTwoHostsSharingRedis_ForgettingOnOneIsSeenByTheOther()
    {
        await EnsureRedisAsync();
        await using var first = await TestDatabase.StartAsync(settings: new() { ["ConnectionStrings:Redis"] = Redis });
        await using var second = await first.StartSecondHostAsync();
        var member = (await first.AddMembersAsync(1)).Single();
        (await first.Get<RunnerDirectory>().RunnerIdAsync(member.UserId, Ct)).ShouldBe(member.RunnerId);

        // The account goes (as when a member deletes it on the other instance).
        await using (var db = await second.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>().CreateDbContextAsync(Ct))
        {
            await db.Runners.Where(r => r.Id == member.RunnerId).ExecuteDeleteAsync(Ct);
        }

        await second.Get<RunnerDirectory>().ForgetAsync(member.UserId, Ct);

        (await first.Get<RunnerDirectory>().RunnerIdAsync(member.UserId, Ct)).ShouldBeNull();
    }

    private static async Task EnsureRedisAsync()
    {
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync($"{Redis},connectTimeout=2000,abortConnect=true");
        }
        catch (RedisConnectionException ex)
        {
            throw new InvalidOperationException($"This test needs Redis on {Redis} ({ex.Message}). Start it with `bash .ci/services.sh` or `redis-server --port 6379 --daemonize yes`.", ex);
        }
    }
}
