using System.Globalization;
using System.Text;
using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Runners;
using AlphasRun.Domain.Seasons;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.Seasons;

/// <summary>
/// "My off-season" for the signed-in member: their race profile, their season and their training log. Every
/// call works on the caller's own runner (from the sign-in, never from a parameter).
/// </summary>
public sealed class SeasonService(
    IAlphasRunDbFactory dbFactory,
    AccessGuard guard,
    ClubClock clock,
    SeasonAssembler assembler,
    IValidator<SeasonProfileForm> profileValidator,
    IValidator<LogEntryForm> logValidator)
{
    public const string GoalRaceDefaultName = "Goal race";

    public async Task<Result<MySeasonDto>> GetMySeasonAsync(DistanceUnit unit = DistanceUnit.Kilometres, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await MyRunnerAsync(db, cancellationToken) is not { } runner)
        {
            return Result<MySeasonDto>.Forbidden();
        }

        var profile = await db.SeasonProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.RunnerId == runner.Id, cancellationToken);
        var form = profile is null ? new SeasonProfileForm { LastRaceDistance = runner.MainDistance, Unit = unit } : FormOf(profile, unit);
        var season = profile is null ? null : await assembler.BuildAsync(db, runner.Id, cancellationToken);
        return Result<MySeasonDto>.Ok(new MySeasonDto(form, season));
    }

    /// <summary>Saves the last race and goal race; the season is recomputed from them, the log is kept.</summary>
    public async Task<Result> SaveMyProfileAsync(SeasonProfileForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await MyRunnerAsync(db, cancellationToken) is not { } runner)
        {
            return Result.Forbidden();
        }

        var validation = await profileValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToProblems());
        }

        var race = RaceOf(form);
        var now = clock.UtcNow;
        try
        {
            var profile = await db.SeasonProfiles.SingleOrDefaultAsync(p => p.RunnerId == runner.Id, cancellationToken);
            if (profile is null)
            {
                profile = new SeasonProfile(Guid.NewGuid(), runner.Id, race, now);
                db.SeasonProfiles.Add(profile);
            }
            else
            {
                profile.Update(race, now);
            }

            profile.ShareWithCoaches(form.SharesSeasonWithCoaches, now);
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok();
        }
        catch (DomainException e)
        {
            return Result.Fail(e.Message);
        }
        catch (DbUpdateException)
        {
            return Result.Fail("Your season was changed at the same moment from another window; look again and save once more.");
        }
    }

    /// <summary>Shares the season with the coaches, or stops sharing it (at once).</summary>
    public async Task<Result> SetSharingAsync(bool share, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await MyRunnerAsync(db, cancellationToken) is not { } runner)
        {
            return Result.Forbidden();
        }

        var profile = await db.SeasonProfiles.SingleOrDefaultAsync(p => p.RunnerId == runner.Id, cancellationToken);
        if (profile is null)
        {
            return Result.Fail("Enter your last race first.", nameof(SeasonProfileForm.LastRaceDate));
        }

        profile.ShareWithCoaches(share, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>Logs a planned session as done or skipped (again, if already logged), or another run.</summary>
    public async Task<Result> LogAsync(LogEntryForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await MyRunnerAsync(db, cancellationToken) is not { } runner)
        {
            return Result.Forbidden();
        }

        var validation = await logValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToProblems());
        }

        var date = form.Date!.Value;
        var report = form.Skipped ? RunReport.Empty : ReportOf(form);
        var now = clock.UtcNow;
        try
        {
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
        catch (DomainException e)
        {
            return Result.Fail(e.Message);
        }
        catch (DbUpdateException)
        {
            return Result.Fail("That session was logged at the same moment from another window; look again.");
        }
    }

    /// <summary>Removes one of the caller's own log entries; someone else's is "not found".</summary>
    public async Task<Result> RemoveLogEntryAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await MyRunnerAsync(db, cancellationToken) is not { } runner)
        {
            return Result.Forbidden();
        }

        var removed = await db.TrainingLogEntries.Where(e => e.Id == entryId && e.RunnerId == runner.Id).ExecuteDeleteAsync(cancellationToken);
        return removed == 1 ? Result.Ok() : Result.NotFound("That entry is not in your log.");
    }

    /// <summary>The caller's whole log as CSV (UTF-8, kilometres, pace per km).</summary>
    public async Task<Result<SeasonCsv>> ExportMyLogCsvAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await MyRunnerAsync(db, cancellationToken) is not { } runner)
        {
            return Result<SeasonCsv>.Forbidden();
        }

        var entries = await db.TrainingLogEntries.AsNoTracking().Where(e => e.RunnerId == runner.Id).ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        csv.AppendLine("Date,Logged as,Session,Planned (km),Distance (km),Time,Pace (min/km),Effort (1-10),Note,From check-in");
        foreach (var e in entries.OrderBy(e => e.Date).ThenBy(e => e.Slot ?? int.MaxValue).ThenBy(e => e.CreatedUtc))
        {
            csv.AppendLine(string.Join(",", new[]
            {
                e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                KindText(e.Kind),
                e.Title,
                e.PlannedDistance is { } p ? Km(p.MinKm) + (p.MinKm == p.MaxKm ? string.Empty : "-" + Km(p.MaxKm)) : string.Empty,
                e.DistanceKm is { } d ? Km(d) : string.Empty,
                e.Duration is { } t ? RunDuration.Format(t) : string.Empty,
                e.PaceSecondsPerKm is { } pace ? Pace.FromSecondsPerKm(pace).FormatClock(DistanceUnit.Kilometres) : string.Empty,
                e.Effort?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                e.Note ?? string.Empty,
                e.Source == LogEntrySource.CheckIn ? "yes" : "no",
            }.Select(RosterCsvFormat.Cell)));
        }

        return Result<SeasonCsv>.Ok(new SeasonCsv($"training-log-{clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv", csv.ToString()));
    }

    public static string KindText(LogEntryKind kind) => kind switch
    {
        LogEntryKind.Done => "Done",
        LogEntryKind.Skipped => "Skipped",
        LogEntryKind.Extra => "Another run",
        _ => kind.ToString(),
    };

    internal static RaceDetails RaceOf(SeasonProfileForm form)
    {
        GoalRace? goal = form.HasGoal
            ? new GoalRace(
                string.IsNullOrWhiteSpace(form.GoalRaceName) ? GoalRaceDefaultName : form.GoalRaceName.Trim(),
                form.GoalRaceDate!.Value,
                form.GoalRace!.Value.Km)
            : null;
        TimeSpan? finish = RunDuration.TryParse(form.FinishTime, twoPartsAreHours: true, out var t) ? t : null;
        return new RaceDetails(form.LastRaceDate!.Value, form.LastRaceDistance, finish, form.RecoveryWeeks ?? RaceDetails.DefaultRecoveryWeeks(form.LastRaceDistance), goal);
    }

    private static RunReport ReportOf(LogEntryForm form) => new(
        form.Ran?.Km,
        RunDuration.TryParse(form.Duration, twoPartsAreHours: false, out var t) ? t : null,
        form.Effort,
        form.Note);

    private static SeasonProfileForm FormOf(SeasonProfile profile, DistanceUnit unit) => new()
    {
        LastRaceDate = profile.LastRaceDate,
        LastRaceDistance = profile.LastRaceDistance,
        FinishTime = profile.FinishTime is { } f ? $"{(int)f.TotalHours}:{f.Minutes:00}:{f.Seconds:00}" : null,
        RecoveryWeeks = profile.RecoveryWeeks,
        GoalRaceName = profile.HasGoalRace ? profile.GoalRaceName : null,
        GoalRaceDate = profile.GoalRaceDate,
        GoalRaceDistance = profile.GoalRaceDistanceKm is { } km ? Distance.FromKm(km).ToInput(unit) : null,
        Unit = unit,
        SharesSeasonWithCoaches = profile.SharesSeasonWithCoaches,
    };

    private static string Km(decimal km) => km.ToString("0.##", CultureInfo.InvariantCulture);

    private async Task<Runner?> MyRunnerAsync(IAlphasRunDb db, CancellationToken cancellationToken) =>
        await guard.UserIdAsync() is { } userId
            ? await db.Runners.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId, cancellationToken)
            : null;
}
