using AlphasRun.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>The member's secret personal calendar URL.</summary>
public sealed partial class RegistrationService
{
    /// <summary>
    /// The member's calendar token, made the first time they look. Set only where none is stored yet, so two
    /// tabs opening My runs at once end with the same link.
    /// </summary>
    public async Task<Result<string>> CalendarTokenAsync(CancellationToken cancellationToken = default)
    {
        if (await guard.UserIdAsync() is not { } userId)
        {
            return Result<string>.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runner = await db.Runners.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (runner is null)
        {
            return Result<string>.Forbidden();
        }

        if (runner.CalendarToken is { } existing)
        {
            return Result<string>.Ok(existing);
        }

        var candidate = runner.RenewCalendarToken(); // an untracked copy: only the conditional update below writes
        await db.Runners.Where(r => r.Id == runner.Id && r.CalendarToken == null)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.CalendarToken, candidate), cancellationToken);
        var stored = await db.Runners.Where(r => r.Id == runner.Id).Select(r => r.CalendarToken).SingleAsync(cancellationToken);
        return stored is null ? Result<string>.Fail("Your calendar link couldn't be made just now.") : Result<string>.Ok(stored);
    }

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
