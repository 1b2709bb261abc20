using AlphasRun.Domain.GroupRuns;

namespace AlphasRun.Application.GroupRuns;

/// <summary>A run's roster as its leaders read it: who is coming by pace group, then the waitlist (GetRoster and the CSV export).</summary>
internal static class RosterReader
{
    /// <summary>Null for an unknown run.</summary>
    public static async Task<RosterDto?> ReadAsync(IAlphasRunDbFactory dbFactory, RunCalendar calendar, Guid occurrenceId, CancellationToken cancellationToken)
    {
        if (await calendar.GetAsync(occurrenceId, cancellationToken) is not { } run)
        {
            return null;
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
        var groupNames = paceGroups.Concat(coming.Select(e => e.PaceGroup ?? RosterDto.NoPaceGroup)).Distinct();
        var groups = groupNames
            .Select(g => new RosterGroupDto(g, [.. coming.Where(e => (e.PaceGroup ?? RosterDto.NoPaceGroup) == g).Select(e => e.Entry).OrderBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase)]))
            .ToList();
        return new RosterDto(run, paceGroups, groups, [.. entries.Where(e => e.Status == RegistrationStatus.Waitlisted).Select(e => e.Entry)]);
    }
}
