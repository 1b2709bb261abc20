using System.Text;
using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.GroupRuns;

/// <summary>A run's roster for its leaders: who is coming by pace group, check-in on the day, walk-ins, CSV. Each call checks CanManageRuns.</summary>
public sealed class RosterService(IAlphasRunDbFactory dbFactory, AccessGuard guard, ClubClock clock, RunCalendar calendar, Seasons.SeasonCheckIns seasonLog, Seats.RunSeats seats)
{
    public const string NoPaceGroup = "No pace group";
    public const int WalkInNameMax = 120;

    public async Task<Result<RosterDto>> GetRosterAsync(Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result<RosterDto>.Forbidden();
        }

        if (await calendar.GetAsync(occurrenceId, cancellationToken) is not { } run)
        {
            return Result<RosterDto>.NotFound("There is no such run.");
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var paceGroups = await db.GroupRunOccurrences.AsNoTracking().Where(o => o.Id == occurrenceId).Select(o => o.Schedule!.PaceGroups).SingleAsync(cancellationToken);
        var rows = await (from r in db.Registrations.AsNoTracking()
                          where r.OccurrenceId == occurrenceId
                              && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted || r.Status == RegistrationStatus.WalkIn)
                          join runner in db.Runners.AsNoTracking() on r.RunnerId equals runner.Id into runners
                          from runner in runners.DefaultIfEmpty()
                          orderby r.QueueNumber
                          select new { r, runner })
                         .ToListAsync(cancellationToken);

        var entries = rows.Select(x => (x.r.PaceGroup, x.r.Status, Entry: new RosterEntryDto(
            x.r.Id,
            x.runner is not null ? x.runner.FullName : x.r.WalkInName ?? "Former member",
            x.runner?.MainDistance,
            x.runner?.EmergencyContactName,
            x.runner?.EmergencyContactPhone,
            x.r.Status,
            x.r.CheckedInUtc is not null,
            x.r.Status == RegistrationStatus.WalkIn))).ToList();
        var coming = entries.Where(e => e.Status != RegistrationStatus.Waitlisted).ToList();
        var groupNames = paceGroups.Concat(coming.Select(e => e.PaceGroup ?? NoPaceGroup)).Distinct();
        var groups = groupNames
            .Select(g => new RosterGroupDto(g, [.. coming.Where(e => (e.PaceGroup ?? NoPaceGroup) == g).Select(e => e.Entry).OrderBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase)]))
            .ToList();
        return Result<RosterDto>.Ok(new RosterDto(run, paceGroups, groups, [.. entries.Where(e => e.Status == RegistrationStatus.Waitlisted).Select(e => e.Entry)]));
    }

    /// <summary>One tap on the day: marks a confirmed runner (or walk-in) present, or not.</summary>
    public async Task<Result> CheckInAsync(Guid occurrenceId, Guid registrationId, bool present, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId && r.OccurrenceId == occurrenceId, cancellationToken);
        if (registration is null || registration.Status is not (RegistrationStatus.Confirmed or RegistrationStatus.WalkIn))
        {
            return Result.NotFound("That runner is not on this run's roster.");
        }

        registration.CheckIn(present, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        await seasonLog.RecordAsync(db, occurrenceId, registration.RunnerId, present, cancellationToken);
        return Result.Ok();
    }

    /// <summary>Someone turned up without registering: add them by name, checked in.</summary>
    public async Task<Result> AddWalkInAsync(Guid occurrenceId, string name, string? paceGroup, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanManageRuns))
        {
            return Result.Forbidden();
        }

        name = name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            return Result.Fail("Enter the runner's name.", "WalkInName");
        }

        if (name.Length > WalkInNameMax)
        {
            return Result.Fail($"Name: at most {WalkInNameMax} characters.", "WalkInName");
        }

        paceGroup = string.IsNullOrWhiteSpace(paceGroup) ? null : paceGroup.Trim();
        return await seats.AddWalkInAsync(occurrenceId, name, paceGroup, cancellationToken);
    }

    /// <summary>The roster and attendance as CSV (UTF-8), for the run leaders' records.</summary>
    public async Task<Result<RosterCsv>> ExportCsvAsync(Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        var roster = await GetRosterAsync(occurrenceId, cancellationToken);
        if (!roster.Succeeded)
        {
            return Result<RosterCsv>.From(roster);
        }

        var csv = new StringBuilder();
        csv.AppendLine("Run,Pace group,Name,Main distance,Status,Checked in,Emergency contact,Emergency phone");
        var when = roster.Value!.Run.LocalStart.ToString("yyyy-MM-dd HH:mm", ClubClock.Culture);
        foreach (var group in roster.Value.Groups)
        {
            foreach (var runner in group.Runners)
            {
                AppendRow(csv, when, group.PaceGroup, runner);
            }
        }

        foreach (var runner in roster.Value.Waitlist)
        {
            AppendRow(csv, when, "Waitlist", runner);
        }

        var run = roster.Value.Run;
        return Result<RosterCsv>.Ok(new RosterCsv(FileName(run.LocalStart, run.Name), csv.ToString()));
    }

    /// <summary>"roster-2026-12-01-tuesday-evening-run.csv": a coach's downloads folder sorts and reads by date and run.</summary>
    internal static string FileName(DateTime localStart, string runName)
    {
        var slug = new StringBuilder();
        foreach (var c in runName.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var name = slug.ToString().Trim('-');
        return $"roster-{localStart.ToString("yyyy-MM-dd", ClubClock.Culture)}{(name.Length > 0 ? "-" + name : string.Empty)}.csv";
    }

    /// <summary>What a person reads for a roster line's status, never the enum's name.</summary>
    public static string StatusText(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Confirmed => "Registered",
        RegistrationStatus.Waitlisted => "Waitlist",
        RegistrationStatus.WalkIn => "Walk-in",
        RegistrationStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    private static void AppendRow(StringBuilder csv, string when, string group, RosterEntryDto runner) =>
        csv.AppendLine(string.Join(",", new[]
        {
            when, group, runner.Name, runner.MainDistance?.DisplayName() ?? string.Empty, StatusText(runner.Status),
            runner.CheckedIn ? "yes" : "no", runner.EmergencyContactName ?? string.Empty, runner.EmergencyContactPhone ?? string.Empty,
        }.Select(Cell)));

    /// <summary>Quotes a CSV cell, and defuses cells a spreadsheet would run as a formula.</summary>
    internal static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value.StartsWith('\'') ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
