using AlphasRun.Application.Seasons;
using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns.Roster.CheckInRunner;

/// <summary>One tap on the day: marks a confirmed runner (or walk-in) present, or not; the member's season log follows.</summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record CheckInRunner(Guid RunId, Guid RegistrationId, bool Present) : IUseCase<Result>;

internal sealed class CheckInRunnerHandler(IAlphasRunDbFactory dbFactory, ClubClock clock, SeasonCheckIns seasonLog) : IUseCaseHandler<CheckInRunner, Result>
{
    public async Task<Result> HandleAsync(CheckInRunner request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == request.RegistrationId && r.OccurrenceId == request.RunId, cancellationToken);
        if (registration is null || registration.Status is not (RegistrationStatus.Confirmed or RegistrationStatus.WalkIn))
        {
            return Result.NotFound("That runner is not on this run's roster.");
        }

        registration.CheckIn(request.Present, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        await seasonLog.RecordAsync(db, request.RunId, registration.RunnerId, request.Present, cancellationToken);
        return Result.Ok();
    }
}
