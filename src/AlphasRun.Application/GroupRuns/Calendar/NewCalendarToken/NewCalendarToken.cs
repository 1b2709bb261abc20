namespace AlphasRun.Application.GroupRuns.Calendar.NewCalendarToken;

/// <summary>A new secret calendar URL for the member; the old one stops working.</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record NewCalendarToken : IUseCase<Result<string>>;

internal sealed class NewCalendarTokenHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<NewCalendarToken, Result<string>>
{
    public async Task<Result<string>> HandleAsync(NewCalendarToken request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runner = await db.Runners.SingleOrDefaultAsync(r => r.UserId == caller.Member, cancellationToken);
        if (runner is null)
        {
            return Result<string>.Forbidden();
        }

        var token = runner.RenewCalendarToken();
        await db.SaveChangesAsync(cancellationToken);
        return Result<string>.Ok(token);
    }
}
