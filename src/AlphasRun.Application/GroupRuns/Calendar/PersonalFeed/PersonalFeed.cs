using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns.Calendar.PersonalFeed;

/// <summary>
/// A member's registered runs, for their calendar app; null when the token is unknown (revoked or never issued).
/// Public: calendar apps don't sign in, the secret token is the key.
/// </summary>
[Public]
public sealed record PersonalFeed(string Token) : IUseCase<string?>;

internal sealed class PersonalFeedHandler(IAlphasRunDbFactory dbFactory, ClubClock clock, CalendarFiles files) : IUseCaseHandler<PersonalFeed, string?>
{
    public async Task<string?> HandleAsync(PersonalFeed request, Caller caller, CancellationToken cancellationToken)
    {
        var token = request.Token;
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
        {
            return null;
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runnerId = await db.Runners.AsNoTracking().Where(r => r.CalendarToken == token).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);
        if (runnerId is null)
        {
            return null;
        }

        var from = clock.UtcNow.AddDays(-30);
        var mine = db.Registrations.Where(r => r.RunnerId == runnerId && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted)).Select(r => r.OccurrenceId);
        var events = await CalendarFiles.EventsAsync(db.GroupRunOccurrences.AsNoTracking().Where(o => o.StartUtc >= from && mine.Contains(o.Id)), cancellationToken);
        return files.Write("My Alphas Run runs", await files.WithAlarmsAsync(db, runnerId.Value, events, cancellationToken));
    }
}
