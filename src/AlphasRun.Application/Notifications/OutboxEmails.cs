using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.Runners;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Runners;
using Microsoft.Extensions.Options;

namespace AlphasRun.Application.Notifications;

/// <summary>One email ready to send: a plain-text body and, for mail apps that show it, an HTML one; files attached, if any.</summary>
public sealed record EmailMessage(string To, string Subject, string Body, string? Html = null, IReadOnlyList<EmailAttachment>? Attachments = null);

/// <summary>
/// Writes the text of the emails queued in the outbox: a runner moved off the waitlist, a coach cancelled
/// their run, a reminder before a run, the confirmation of a registration. Composed when sent, so the email
/// names the run as it is then, and says nothing when it no longer applies (a reminder for a run cancelled since).
/// </summary>
public sealed partial class OutboxEmails(
    IAlphasRunDbFactory dbFactory,
    IMemberAccounts accounts,
    ClubClock clock,
    IPublicUrls urls,
    CalendarFiles calendars,
    ISuggestedSessionSource suggestions,
    IOptions<ReminderOptions> reminders)
{
    /// <summary>The email for a queued message, or null when there is nothing to send any more (account deleted, reminder no longer applies).</summary>
    public async Task<EmailMessage?> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await RecipientAsync(message.RunnerId, cancellationToken) is not { } to)
        {
            return null;
        }

        return message.Kind switch
        {
            OutboxMessage.PromotedKind or OutboxMessage.RunCancelledKind => await RunNewsAsync(message, to, cancellationToken),
            OutboxMessage.ReminderKind => await ReminderAsync(message, to, cancellationToken),
            OutboxMessage.RegisteredKind => await RegisteredAsync(message, to, cancellationToken),
            OutboxMessage.StandingStartedKind => await StandingStartedAsync(message, to, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown outbox message kind '{message.Kind}'."),
        };
    }

    private async Task<EmailMessage> RunNewsAsync(OutboxMessage message, Recipient to, CancellationToken cancellationToken)
    {
        var run = Describe(await RunAsync(message.OccurrenceId, cancellationToken));
        EmailLink[] links =
        [
            new("See the run", urls.Absolute($"runs/{message.OccurrenceId}")),
            new("My runs", urls.Absolute("my/runs")),
        ];
        var (subject, paragraphs) = message.Kind == OutboxMessage.PromotedKind
            ? ($"You're in: {run}", new[]
            {
                $"A place opened up and you've moved off the waitlist: you're confirmed for the {run}.",
                "Can't make it after all? Cancel on the run's page so the next runner gets your place.",
            })
            : ($"Cancelled: {run}", new[]
            {
                $"The {run} is cancelled: {EmailLayout.EndSentence(message.Detail ?? string.Empty)}",
                "Stay safe, and see you at the next one.",
            });
        return Email(to, subject, paragraphs, links);
    }

    private EmailMessage Email(Recipient to, string subject, IReadOnlyList<string> paragraphs, IReadOnlyList<EmailLink> links, IReadOnlyList<EmailAttachment>? attachments = null)
    {
        var bodies = EmailLayout.Compose(urls, $"Hi {to.FirstName},", paragraphs, links);
        return new EmailMessage(to.Email, $"{subject} · {EmailLayout.ClubName}", bodies.Text, bodies.Html, attachments);
    }

    private string Describe(RunFacts run) => $"{run.Name} on {When(run)} at {run.LocationName}";

    private string When(RunFacts run) => clock.ToLocal(run.StartUtc).ToString("dddd, MMMM d 'at' h:mm tt", ClubClock.Culture);

    private async Task<RunFacts> RunAsync(Guid occurrenceId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == occurrenceId)
            .Select(o => new RunFacts(o.Id, o.ScheduleId, o.Schedule!.Name, o.Schedule.Day, o.StartUtc, o.Status, o.Schedule.Location!.Name, o.Schedule.Location.Address, o.Schedule.Location.Latitude, o.Schedule.Location.Longitude))
            .SingleAsync(cancellationToken);
    }

    private async Task<Recipient?> RecipientAsync(Guid runnerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runner = await db.Runners.AsNoTracking().Where(r => r.Id == runnerId).Select(r => new { r.UserId, r.FirstName, r.Reminder }).SingleOrDefaultAsync(cancellationToken);
        if (runner is null || await accounts.EmailOfAsync(runner.UserId, cancellationToken) is not { } address)
        {
            return null;
        }

        return new Recipient(runnerId, address, runner.FirstName, runner.Reminder);
    }

    private sealed record Recipient(Guid RunnerId, string Email, string FirstName, ReminderChoice Reminder);

    private sealed record RunFacts(Guid Id, Guid ScheduleId, string Name, DayOfWeek Day, DateTime StartUtc, OccurrenceStatus Status, string LocationName, string Address, double Latitude, double Longitude)
    {
        public string MapUrl => Location.MapUrlFor(Latitude, Longitude);
    }
}
