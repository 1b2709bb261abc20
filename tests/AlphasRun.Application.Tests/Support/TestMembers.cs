using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Runners;
using AlphasRun.Infrastructure.Identity;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Application.Tests.Support;

public sealed record TestMember(string UserId, Guid RunnerId, string Email);

public static class TestMembers
{
    /// <summary>Adds members straight to the database (no password hashing), fast enough for hundreds.</summary>
    public static async Task<IReadOnlyList<TestMember>> AddMembersAsync(this TestDatabase app, int count, string prefix = "runner")
    {
        ArgumentNullException.ThrowIfNull(app);
        var factory = app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var members = new List<TestMember>();
        for (var i = 0; i < count; i++)
        {
            var email = $"{prefix}{i}-{Guid.NewGuid():N}@example.com";
            var user = new ApplicationUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString() };
            var runner = new Runner(Guid.NewGuid(), user.Id, $"{prefix}{i}", "Test", PlanAudience.HalfMarathon, DateTime.UtcNow);
            db.Users.Add(user);
            db.Runners.Add(runner);
            members.Add(new TestMember(user.Id, runner.Id, email));
        }

        await db.SaveChangesAsync();
        return members;
    }

    public static async Task SetCapacityAsync(this TestDatabase app, Guid occurrenceId, int? capacity)
    {
        ArgumentNullException.ThrowIfNull(app);
        var factory = app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        // Test set-up only, before anyone registers; the app changes places through RunSeats.
        var changed = await db.GroupRunOccurrences
            .Where(o => o.Id == occurrenceId && (capacity == null || o.ConfirmedCount <= capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Capacity, capacity));
        changed.ShouldBe(1, "the capacity cannot be set below the runners already confirmed");
    }

    /// <summary>The next dated run of a weekday (seeded: Tuesday/Thursday 18:00, Sunday 08:00).</summary>
    public static async Task<Guid> NextRunAsync(this TestDatabase app, DayOfWeek day)
    {
        ArgumentNullException.ThrowIfNull(app);
        var factory = app.Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var runs = await db.GroupRunOccurrences.Where(o => o.StartUtc > now).OrderBy(o => o.StartUtc).Select(o => new { o.Id, o.LocalDate }).ToListAsync();
        return runs.First(r => r.LocalDate.DayOfWeek == day).Id;
    }
}
