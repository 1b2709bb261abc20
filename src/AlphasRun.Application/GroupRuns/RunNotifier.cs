using AlphasRun.Application.Common;
using AlphasRun.Application.Runners;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>Tells members by email when the waitlist lets them in or a coach cancels their run.</summary>
public sealed class RunNotifier(IAlphasRunDbFactory dbFactory, IMemberAccounts accounts, IEmailSender email, ClubClock clock)
{
    internal async Task PromotedAsync(IEnumerable<Promotion> promotions, CancellationToken cancellationToken)
    {
        foreach (var promotion in promotions)
        {
            if (await RecipientAsync(promotion.RunnerId, cancellationToken) is not { } to)
            {
                continue;
            }

            var run = await DescribeAsync(promotion.OccurrenceId, cancellationToken);
            await email.SendAsync(to.Email, $"You're in: {run}",
                $"Hi {to.FirstName},\n\nA place opened up and you've moved off the waitlist: you're confirmed for the {run}.\n\nCan't make it after all? Cancel in the app so the next runner gets your place.\n\nAlphas Run Crew", cancellationToken);
        }
    }

    internal async Task CancelledAsync(Guid occurrenceId, string reason, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runnerIds = await db.Registrations.AsNoTracking()
            .Where(r => r.OccurrenceId == occurrenceId && r.RunnerId != null
                && (r.Status == Domain.GroupRuns.RegistrationStatus.Confirmed || r.Status == Domain.GroupRuns.RegistrationStatus.Waitlisted))
            .Select(r => r.RunnerId!.Value)
            .ToListAsync(cancellationToken);
        var run = await DescribeAsync(occurrenceId, cancellationToken);
        foreach (var runnerId in runnerIds)
        {
            if (await RecipientAsync(runnerId, cancellationToken) is { } to)
            {
                await email.SendAsync(to.Email, $"Cancelled: {run}",
                    $"Hi {to.FirstName},\n\nThe {run} is cancelled: {reason}.\n\nStay safe, and see you at the next one.\n\nAlphas Run Crew", cancellationToken);
            }
        }
    }

    private async Task<string> DescribeAsync(Guid occurrenceId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var run = await db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == occurrenceId)
            .Select(o => new { o.StartUtc, o.Schedule!.Name, LocationName = o.Schedule.Location!.Name })
            .SingleAsync(cancellationToken);
        var local = clock.ToLocal(run.StartUtc);
        return $"{run.Name} on {local.ToString("dddd, MMMM d 'at' h:mm tt", ClubClock.Culture)} at {run.LocationName}";
    }

    private async Task<(string Email, string FirstName)?> RecipientAsync(Guid runnerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runner = await db.Runners.AsNoTracking().Where(r => r.Id == runnerId).Select(r => new { r.UserId, r.FirstName }).SingleOrDefaultAsync(cancellationToken);
        if (runner is null || await accounts.EmailOfAsync(runner.UserId, cancellationToken) is not { } address)
        {
            return null;
        }

        return (address, runner.FirstName);
    }
}
