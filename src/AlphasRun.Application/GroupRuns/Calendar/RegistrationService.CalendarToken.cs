using AlphasRun.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>The member's secret personal calendar URL.</summary>
public sealed partial class RegistrationService
{
    /// <summary>A new secret calendar URL; the old one stops working.</summary>
    public async Task<Result<string>> RenewCalendarTokenAsync(CancellationToken cancellationToken = default)
    {
        if (await guard.UserIdAsync() is not { } userId)
        {
            return Result<string>.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runner = await db.Runners.SingleOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (runner is null)
        {
            return Result<string>.Forbidden();
        }

        var token = runner.RenewCalendarToken();
        await db.SaveChangesAsync(cancellationToken);
        return Result<string>.Ok(token);
    }
}
