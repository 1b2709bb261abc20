using System.Globalization;
using System.Text;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Seasons;

namespace AlphasRun.Application.Seasons.ExportMyLog;

/// <summary>The caller's whole log as CSV (UTF-8, kilometres, pace per km).</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record ExportMyLog : IUseCase<Result<SeasonCsv>>;

internal sealed class ExportMyLogHandler(IAlphasRunDbFactory dbFactory, ClubClock clock) : IUseCaseHandler<ExportMyLog, Result<SeasonCsv>>
{
    public async Task<Result<SeasonCsv>> HandleAsync(ExportMyLog request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await MySeason.RunnerOfAsync(db, caller, cancellationToken) is not { } runner)
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
                MySeason.KindText(e.Kind),
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

    private static string Km(decimal km) => km.ToString("0.##", CultureInfo.InvariantCulture);
}
