using AlphasRun.Application.Notifications;
using AlphasRun.Domain.GroupRuns;
using FluentValidation;

namespace AlphasRun.Application.GroupRuns.Schedules.CancelRun;

/// <summary>
/// A coach cancels one dated run (weather, say): the run shows the reason everywhere, and an email to everyone
/// registered is queued in the same transaction (sent by the outbox dispatcher).
/// </summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record CancelRun(Guid RunId, string? Reason) : IUseCase<Result>;

/// <summary>The reason's rules, in the domain's wording (<see cref="GroupRunOccurrence.Cancel"/> keeps them as its invariant).</summary>
internal sealed class CancelRunValidator : AbstractValidator<CancelRun>
{
    public CancelRunValidator()
    {
        RuleFor(r => r.Reason).Custom((reason, context) =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                context.AddFailure(nameof(CancelRun.Reason), "Say why the run is cancelled, e.g. \"ice storm\".");
            }
            else if (reason.Trim().Length > GroupRunOccurrence.ReasonMax)
            {
                context.AddFailure(nameof(CancelRun.Reason), $"Reason: at most {GroupRunOccurrence.ReasonMax} characters.");
            }
        });
    }
}

internal sealed class CancelRunHandler(IAlphasRunDbFactory dbFactory, ClubClock clock, WriteResilience resilience, IPublicContentCache publicCache)
    : IUseCaseHandler<CancelRun, Result>
{
    public async Task<Result> HandleAsync(CancelRun request, Caller caller, CancellationToken cancellationToken) =>
        await resilience.RunAsync(ct => CancelOnceAsync(request.RunId, request.Reason!, ct), cancellationToken);

    private async Task<Result> CancelOnceAsync(Guid occurrenceId, string reason, CancellationToken cancellationToken)
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

        run.Cancel(reason);

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
}
