using System.Text;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.GroupRuns;

/// <summary>A roster as a spreadsheet: the run leaders' records, safe to open in Excel.</summary>
public static class RosterCsvFormat
{
    /// <summary>What a person reads for a roster line's status, never the enum's name.</summary>
    public static string StatusText(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Confirmed => "Registered",
        RegistrationStatus.Waitlisted => "Waitlist",
        RegistrationStatus.WalkIn => "Walk-in",
        RegistrationStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    internal static RosterCsv Write(RosterDto roster)
    {
        var csv = new StringBuilder();
        csv.AppendLine("Run,Pace group,Name,Main distance,Status,Checked in,Emergency contact,Emergency phone");
        var when = roster.Run.LocalStart.ToString("yyyy-MM-dd HH:mm", ClubClock.Culture);
        foreach (var group in roster.Groups)
        {
            foreach (var runner in group.Runners)
            {
                AppendRow(csv, when, group.PaceGroup, runner);
            }
        }

        foreach (var runner in roster.Waitlist)
        {
            AppendRow(csv, when, "Waitlist", runner);
        }

        return new RosterCsv(FileName(roster.Run.LocalStart, roster.Run.Name), csv.ToString());
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

    /// <summary>Quotes a CSV cell, and defuses cells a spreadsheet would run as a formula.</summary>
    internal static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value.StartsWith('\'') ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private static void AppendRow(StringBuilder csv, string when, string group, RosterEntryDto runner) =>
        csv.AppendLine(string.Join(",", new[]
        {
            when, group, runner.Name, runner.MainDistance?.DisplayName() ?? string.Empty, StatusText(runner.Status),
            runner.CheckedIn ? "yes" : "no", runner.EmergencyContactName ?? string.Empty, runner.EmergencyContactPhone ?? string.Empty,
        }.Select(Cell)));
}
