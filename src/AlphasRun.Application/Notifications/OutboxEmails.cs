using AlphasRun.Application.Common;
using AlphasRun.Application.Runners;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.Notifications;

/// <summary>One email ready to send: a plain-text body and, for mail apps that show it, an HTML one.</summary>
public sealed record EmailMessage(string To, string Subject, string Body, string? Html = null);

/// <summary>
/// Writes the text of the emails queued in the outbox: a runner moved off the waitlist, or a coach
/// cancelled their run. Composed when sent, so the email names the run as it is then.
/// </summary>
public sealed class OutboxEmails(IAlphasRunDbFactory dbFactory, IMemberAccounts accounts, ClubClock clock, IPublicUrls urls)
{
    /// <summary>The email for a queued message, or null when there is nobody to send it to any more (account deleted).</summary>
    public async Task<EmailMessage?> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await RecipientAsync(message.RunnerId, cancellationToken) is not { } to)
        {
            return null;
        }

        var run = await DescribeAsync(message.OccurrenceId, cancellationToken);
        var greeting = $"Hi {to.FirstName},";
        EmailLink[] links =
        [
            new("See the run", urls.Absolute($"runs/{message.OccurrenceId}")),
            new("My runs", urls.Absolute("my/runs")),
        ];
        var (subject, paragraphs) = message.Kind switch
        {
            OutboxMessage.PromotedKind => ($"You're in: {run}", new[]
            {
                $"A place opened up and you've moved off the waitlist: you're confirmed for the {run}.",
                "Can't make it after all? Cancel on the run's page so the next runner gets your place.",
            }),
            OutboxMessage.RunCancelledKind => ($"Cancelled: {run}", new[]
            {
                $"The {run} is cancelled: {EmailLayout.EndSentence(message.Detail ?? string.Empty)}",
                "Stay safe, and see you at the next one.",
            }),
            _ => throw new InvalidOperationException($"Unknown outbox message kind '{message.Kind}'."),
        };
        var bodies = EmailLayout.Compose(urls, greeting, paragraphs, links);
        return new EmailMessage(to.Email, $"{subject} · {EmailLayout.ClubName}", bodies.Text, bodies.Html);
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
