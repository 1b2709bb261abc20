using AlphasRun.Domain.Seasons;

namespace AlphasRun.Application.Seasons.LogSession;

/// <summary>Logs a planned session as done or skipped (again, if already logged), or another run.</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record LogSession(LogEntryForm Entry) : IUseCase<Result>, IFormRequest<LogEntryForm>
{
    public LogEntryForm Form => Entry;
}

internal sealed class LogSessionHandler(IAlphasRunDbFactory dbFactory, ClubClock clock, SeasonAssembler assembler)
    : IUseCaseHandler<LogSession, Result>, IDescribesConflicts<LogSession>
{
    public async Task<Result> HandleAsync(LogSession request, Caller caller, CancellationToken cancellationToken)
    {
        var form = request.Entry;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await MySeason.RunnerOfAsync(db, caller, cancellationToken) is not { } runner)
        {
            return Result.Forbidden();
        }

        var date = form.Date!.Value;
        var report = form.Skipped ? RunReport.Empty : MySeason.ReportOf(form);
        var now = clock.UtcNow;
        if (form.Slot is not { } slot)
        {
            db.TrainingLogEntries.Add(TrainingLogEntry.Extra(Guid.NewGuid(), runner.Id, date, form.Title ?? string.Empty, report, now));
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok();
        }

        var profile = await db.SeasonProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.RunnerId == runner.Id, cancellationToken);
        var planned = profile is null ? null : await assembler.SessionAtAsync(db, profile, date, slot, cancellationToken);
        var existing = await db.TrainingLogEntries.SingleOrDefaultAsync(e => e.RunnerId == runner.Id && e.Date == date && e.Slot == slot, cancellationToken);
        if (existing is not null)
        {
            if (form.Skipped)
            {
                existing.MarkSkipped(now);
            }
            else
            {
                existing.MarkDone(report, now);
            }
        }
        else if (planned is { } p)
        {
            var occurrenceId = p.Session.GroupRunScheduleId is { } scheduleId
                ? await db.GroupRunOccurrences.Where(o => o.ScheduleId == scheduleId && o.LocalDate == date).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken)
                : null;
            db.TrainingLogEntries.Add(form.Skipped
                ? TrainingLogEntry.Skipped(Guid.NewGuid(), runner.Id, p.Session, p.PlanVersion, now, occurrenceId)
                : TrainingLogEntry.Done(Guid.NewGuid(), runner.Id, p.Session, p.PlanVersion, report, now, occurrenceId));
        }
        else
        {
            return Result.Fail("That session is not on your plan (did your race date change?). Log it as another run.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    public Task<Problem> DescribeConflictAsync(LogSession request, ConflictKind kind, CancellationToken cancellationToken) =>
        Task.FromResult(new Problem("That session was logged at the same moment from another window; look again."));
}
