using System.Text;
using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.Notifications;

/// <summary>The emails about a member's own place: the reminder before a run and the confirmations.</summary>
public sealed partial class OutboxEmails
{
    private const string IcsType = "text/calendar";

    /// <summary>The reminder, checked again now: nothing is sent for a run cancelled since, a place given up, or reminders turned off.</summary>
    private async Task<EmailMessage?> ReminderAsync(OutboxMessage message, Recipient to, CancellationToken cancellationToken)
    {
        var run = await RunAsync(message.OccurrenceId, cancellationToken);
        var mine = await MyPlaceAsync(to.RunnerId, run.Id, cancellationToken);
        if (RunReminders.CheckBeforeSending(run.Status, mine?.Status, to.Reminder, run.StartUtc, clock.UtcNow) != ReminderVerdict.Send)
        {
            return null;
        }

        var paragraphs = new List<string>
        {
            $"See you {Relative(run)}: you're registered for the {run.Name} on {When(run)}.",
            $"Where: {run.LocationName}, {run.Address}.",
        };
        if (mine?.PaceGroup is { } pace)
        {
            paragraphs.Add($"Your pace group: {pace} min/km.");
        }

        if (await suggestions.SuggestedForAsync(to.RunnerId, run.Id, cancellationToken) is { } suggested)
        {
            paragraphs.Add($"Suggested for your plan that day: {EmailLayout.EndSentence(suggested)}");
        }

        paragraphs.Add("Can't make it after all? Cancel your place so the next runner on the waitlist gets it.");
        EmailLink[] links =
        [
            new("Open the run", urls.Absolute($"runs/{run.Id}")),
            new("Cancel my place", urls.Absolute($"runs/{run.Id}#your-place")),
            new($"Map: {run.LocationName}", run.MapUrl),
            new("Change when I get reminders", urls.Absolute("account/profile#reminders")),
        ];
        return Email(to, $"Reminder: {run.Name} {Relative(run)}", paragraphs, links);
    }

    /// <summary>"You're registered" or "you're on the waitlist", with the run as a calendar file; nothing if the place is gone already.</summary>
    private async Task<EmailMessage?> RegisteredAsync(OutboxMessage message, Recipient to, CancellationToken cancellationToken)
    {
        var run = await RunAsync(message.OccurrenceId, cancellationToken);
        if (await MyPlaceAsync(to.RunnerId, run.Id, cancellationToken) is not { } mine || run.Status == OccurrenceStatus.Cancelled)
        {
            return null;
        }

        var described = Describe(run);
        var (subject, first) = mine.Status == RegistrationStatus.Confirmed
            ? ($"You're registered: {described}", $"You're registered for the {described}.")
            : ($"You're on the waitlist: {described}", $"The {described} is full, so you're on the waitlist (#{mine.WaitlistPosition}). We'll email you the moment a place opens.");
        var paragraphs = new List<string> { first, $"Where: {run.LocationName}, {run.Address}." };
        paragraphs.Add(to.Reminder == Domain.Runners.ReminderChoice.Off || !reminders.Value.Enabled || mine.Status != RegistrationStatus.Confirmed
            ? "The calendar file attached adds the run to your calendar."
            : $"The calendar file attached adds the run to your calendar. We'll also remind you by email: {LowerFirst(reminders.Value.Describe(to.Reminder))}.");
        EmailLink[] links =
        [
            new("See the run", urls.Absolute($"runs/{run.Id}")),
            new(mine.Status == RegistrationStatus.Confirmed ? "Cancel my place" : "Leave the waitlist", urls.Absolute($"runs/{run.Id}#your-place")),
            new($"Map: {run.LocationName}", run.MapUrl),
            new("My runs", urls.Absolute("my/runs")),
        ];
        var ics = await calendars.ForRunnerAsync(to.RunnerId, [run.Id], $"Alphas Run: {run.Name}", cancellationToken);
        return Email(to, subject, paragraphs, links, ics is null ? null : [Ics($"alphas-run-{clock.ToLocal(run.StartUtc):yyyy-MM-dd}.ics", ics)]);
    }

    /// <summary>"Every Tuesday": one email listing the coming dates the member now holds, with all of them in one calendar file.</summary>
    private async Task<EmailMessage?> StandingStartedAsync(OutboxMessage message, Recipient to, CancellationToken cancellationToken)
    {
        var first = await RunAsync(message.OccurrenceId, cancellationToken);
        var now = clock.UtcNow;
        List<(DateTime StartUtc, Guid Id, RegistrationStatus Status, long Queue)> places;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            places = (await db.Registrations.AsNoTracking()
                    .Where(r => r.RunnerId == to.RunnerId && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
                    .Join(db.GroupRunOccurrences.Where(o => o.ScheduleId == first.ScheduleId && o.StartUtc > now && o.Status == OccurrenceStatus.Scheduled), r => r.OccurrenceId, o => o.Id, (r, o) => new { o.StartUtc, o.Id, r.Status, r.QueueNumber })
                    .OrderBy(x => x.StartUtc)
                    .ToListAsync(cancellationToken))
                .ConvertAll(x => (DateTime.SpecifyKind(x.StartUtc, DateTimeKind.Utc), x.Id, x.Status, x.QueueNumber));
        }

        if (places.Count == 0)
        {
            return null;
        }

        var day = first.Day.ToString();
        var list = new StringBuilder();
        foreach (var place in places)
        {
            list.Append(list.Length > 0 ? "; " : string.Empty)
                .Append(clock.ToLocal(place.StartUtc).ToString("dddd, MMMM d 'at' h:mm tt", ClubClock.Culture))
                .Append(place.Status == RegistrationStatus.Confirmed ? " (registered)" : " (on the waitlist)");
        }

        string[] paragraphs =
        [
            $"You're now registered for every {first.Name}, {day}s at {clock.ToLocal(first.StartUtc).ToString("h:mm tt", ClubClock.Culture)} at {first.LocationName}.",
            $"The coming dates: {list}.",
            "New dates are added as the crew schedules them. The calendar file attached holds the dates above; your personal calendar link on My runs keeps every one of them in your calendar.",
        ];
        EmailLink[] links =
        [
            new("My runs (and my calendar link)", urls.Absolute("my/runs")),
            new($"Map: {first.LocationName}", first.MapUrl),
        ];
        var ics = await calendars.ForRunnerAsync(to.RunnerId, [.. places.Select(p => p.Id)], $"Alphas Run: every {day}", cancellationToken);
        return Email(to, $"Every {day}: you're registered for the {first.Name}", paragraphs, links, ics is null ? null : [Ics($"alphas-run-every-{day.ToLowerInvariant()}.ics", ics)]);
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static EmailAttachment Ics(string fileName, string ics) => new(fileName, IcsType, Encoding.UTF8.GetBytes(ics));

    /// <summary>"today at 6:00 PM", "tomorrow at 8:00 AM" or "on Tuesday, December 1 at 6:00 PM", seen from now in the club's time zone.</summary>
    private string Relative(RunFacts run)
    {
        var local = clock.ToLocal(run.StartUtc);
        var days = DateOnly.FromDateTime(local).DayNumber - clock.Today.DayNumber;
        var time = local.ToString("h:mm tt", ClubClock.Culture);
        return days switch
        {
            0 => $"today at {time}",
            1 => $"tomorrow at {time}",
            _ => $"on {When(run)}",
        };
    }

    private async Task<MyPlace?> MyPlaceAsync(Guid runnerId, Guid occurrenceId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var mine = await db.Registrations.AsNoTracking()
            .Where(r => r.RunnerId == runnerId && r.OccurrenceId == occurrenceId && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
            .Select(r => new { r.Status, r.PaceGroup, r.QueueNumber })
            .SingleOrDefaultAsync(cancellationToken);
        if (mine is null)
        {
            return null;
        }

        int? position = mine.Status == RegistrationStatus.Waitlisted
            ? 1 + await db.Registrations.CountAsync(r => r.OccurrenceId == occurrenceId && r.Status == RegistrationStatus.Waitlisted && r.QueueNumber < mine.QueueNumber, cancellationToken)
            : null;
        return new MyPlace(mine.Status, mine.PaceGroup, position);
    }

    private sealed record MyPlace(RegistrationStatus Status, string? PaceGroup, int? WaitlistPosition);
}
