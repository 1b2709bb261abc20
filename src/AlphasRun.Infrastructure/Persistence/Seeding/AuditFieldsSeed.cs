using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Infrastructure.Persistence.Seeding;

/// <summary>
/// Audit fields once stored the editor's email; they now store the user id. On start, any email left in
/// them becomes its account's id, or "a former member" when the account is gone (idempotent).
/// </summary>
internal sealed class AuditFieldsSeed(IServiceScopeFactory scopes) : IStartupSeedStep
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlphasRunDbContext>();
        // LIKE rather than string.Contains(char): translated the same way on SQLite and PostgreSQL.
        var emails = (await db.TrainingPlans.Select(p => p.UpdatedBy).Where(v => EF.Functions.Like(v, "%@%")).ToListAsync(cancellationToken))
            .Concat(await db.PlanVersions.Select(v => v.PublishedBy).Where(v => EF.Functions.Like(v, "%@%")).ToListAsync(cancellationToken))
            .Concat(await db.GuideSections.Select(s => s.PublishedBy!).Where(v => v != null && EF.Functions.Like(v, "%@%")).ToListAsync(cancellationToken))
            .Concat(await db.GuideSections.Select(s => s.DraftUpdatedBy!).Where(v => v != null && EF.Functions.Like(v, "%@%")).ToListAsync(cancellationToken))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var email in emails)
        {
            var normalized = email.ToUpperInvariant();
            var id = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken)
                ?? Application.Common.AuditNames.FormerMember;
            await db.TrainingPlans.Where(p => p.UpdatedBy == email).ExecuteUpdateAsync(u => u.SetProperty(p => p.UpdatedBy, id), cancellationToken);
            await db.PlanVersions.Where(v => v.PublishedBy == email).ExecuteUpdateAsync(u => u.SetProperty(v => v.PublishedBy, id), cancellationToken);
            await db.GuideSections.Where(s => s.PublishedBy == email).ExecuteUpdateAsync(u => u.SetProperty(s => s.PublishedBy, id), cancellationToken);
            await db.GuideSections.Where(s => s.DraftUpdatedBy == email).ExecuteUpdateAsync(u => u.SetProperty(s => s.DraftUpdatedBy, id), cancellationToken);
        }
    }
}
