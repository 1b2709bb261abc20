using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Notifications;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.GroupRuns;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>A coach cancels one dated run (members are emailed through the outbox) or reinstates it.</summary>
public sealed partial class CoachRunService
{
    /// <summary>
    /// Cancels one dated run (weather, say): the run shows the reason everywhere, and an email to everyone
    /// registered is queued in the same transaction (sent by the outbox dispatcher).
    /// </summary>
    public async Task<Result> CancelRunAsync(Guid occurrenceId, string reason, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result.Forbidden();
        }

        return await resilience.RunAsync(ct => CancelRunOnceAsync(occurrenceId, reason, ct), cancellationToken);
    }

    private async Task<Result> CancelRunOnceAsync(Guid occurrenceId, string reason, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var run = await db.GroupRunOccurrences.SingleOrDefaultAsync(o => o.Id == occurrenceId, cancellationToken);
        if (run is null)
        {
            return Result.NotFound("There is no such run.");
        }

        if (run.HasStarted(now))
        {
            return Result.Fail("This run has already started.");
        }

        if (run.Status == OccurrenceStatus.Cancelled)
        {
            return Result.Fail("This run is already cancelled.");
        }

        try
        {
            run.Cancel(reason);
        }
        catch (DomainException ex)
        {
            return Result.Fail(ex.Message, "Reason");
        }

        // Saving first takes the run's lock, so the list read next includes anyone who registered just before.
        await db.SaveChangesAsync(cancellationToken);
        var runnerIds = await db.Registrations.AsNoTracking()
            .Where(r => r.OccurrenceId == occurrenceId && r.RunnerId != null
                && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
            .Select(r => r.RunnerId!.Value)
            .ToListAsync(cancellationToken);
        foreach (var runnerId in runnerIds)
        {
            db.OutboxMessages.Add(OutboxMessage.RunCancelled(runnerId, occurrenceId, run.CancellationReason!, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        return Result.Ok();
    }

    public async Task<Result> ReinstateRunAsync(Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var run = await db.GroupRunOccurrences.SingleOrDefaultAsync(o => o.Id == occurrenceId, cancellationToken);
        if (run is null)
        {
            return Result.NotFound("There is no such run.");
        }

        if (run.HasStarted(clock.UtcNow))
        {
            return Result.Fail("This run is in the past.");
        }

        run.Reinstate();
        await db.SaveChangesAsync(cancellationToken);
        await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        return Result.Ok();
    }
}
