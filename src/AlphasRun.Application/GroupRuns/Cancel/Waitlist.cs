using AlphasRun.Application.Common;
using AlphasRun.Application.Notifications;
using AlphasRun.Domain.GroupRuns;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>Moves runners off the waitlist, first come first served, exactly once each; each promotion queues an email in the same transaction.</summary>
internal static class Waitlist
{
    /// <summary>Promotes the first runner waiting if there is room; false when nobody was promoted.</summary>
    public static async Task<bool> PromoteNextAsync(IAlphasRunDb db, Guid occurrenceId, DateTime now, CancellationToken cancellationToken)
    {
        while (true)
        {
            var next = await db.Registrations.AsNoTracking()
                .Where(r => r.OccurrenceId == occurrenceId && r.Status == RegistrationStatus.Waitlisted)
                .OrderBy(r => r.QueueNumber)
                .Select(r => new { r.Id, r.RunnerId })
                .FirstOrDefaultAsync(cancellationToken);
            if (next is null || !await PlaceForPromotionAsync(db, occurrenceId, cancellationToken))
            {
                return false;
            }

            var promoted = await db.Registrations
                .Where(r => r.Id == next.Id && r.Status == RegistrationStatus.Waitlisted)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Confirmed).SetProperty(r => r.UpdatedUtc, now), cancellationToken);
            if (promoted == 1)
            {
                db.OutboxMessages.Add(OutboxMessage.Promoted(next.RunnerId!.Value, occurrenceId, now));
                return true;
            }

            // That runner left the waitlist a moment ago: hand the place back and look again.
            await db.GroupRunOccurrences.Where(o => o.Id == occurrenceId && o.ConfirmedCount > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.ConfirmedCount, o => o.ConfirmedCount - 1), cancellationToken);
        }
    }

    /// <summary>Fills every free place from the waitlist (after a capacity rise); returns how many were promoted.</summary>
    public static async Task<int> FillAsync(IAlphasRunDb db, Guid occurrenceId, DateTime now, CancellationToken cancellationToken)
    {
        var promoted = 0;
        while (await PromoteNextAsync(db, occurrenceId, now, cancellationToken))
        {
            promoted++;
        }

        return promoted;
    }

    private static async Task<bool> PlaceForPromotionAsync(IAlphasRunDb db, Guid occurrenceId, CancellationToken cancellationToken) =>
        await db.GroupRunOccurrences
            .Where(o => o.Id == occurrenceId && o.Status == OccurrenceStatus.Scheduled && (o.Capacity == null || o.ConfirmedCount < o.Capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ConfirmedCount, o => o.ConfirmedCount + 1), cancellationToken) == 1;
}
