namespace AlphasRun.Application.GroupRuns.Calendar.MyCalendarToken;

/// <summary>
/// The member's secret calendar token, made the first time they look. Set only where none is stored yet, so two
/// tabs opening My runs at once end with the same link.
/// </summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record MyCalendarToken : IUseCase<Result<string>>;

internal sealed class MyCalendarTokenHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<MyCalendarToken, Result<string>>
{
    public async Task<Result<string>> HandleAsync(MyCalendarToken request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runner = await db.Runners.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == caller.Member, cancellationToken);
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
}
