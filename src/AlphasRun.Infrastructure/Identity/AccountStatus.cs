using AlphasRun.Application.Common.Security;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Infrastructure.Identity;

/// <summary>Reads a member's roles and lock straight from Identity's tables, one short query per action.</summary>
internal sealed class AccountStatus(IDbContextFactory<AlphasRunDbContext> dbFactory, TimeProvider clock) : IAccountStatus
{
    public async Task<IReadOnlyList<string>?> CurrentRolesAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.LockoutEnd }).SingleOrDefaultAsync(cancellationToken);
        if (user is null || (user.LockoutEnd is { } end && end > clock.GetUtcNow()))
        {
            return null;
        }

        return await (from userRole in db.UserRoles.AsNoTracking()
                      join role in db.Roles.AsNoTracking() on userRole.RoleId equals role.Id
                      where userRole.UserId == userId
                      select role.Name!).ToListAsync(cancellationToken);
    }
}
