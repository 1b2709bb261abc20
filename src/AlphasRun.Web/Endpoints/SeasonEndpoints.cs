using System.Text;
using AlphasRun.Application.Seasons;

namespace AlphasRun.Web.Endpoints;

/// <summary>Files of "My off-season": the log as CSV (the signed-in member's own) and the season calendar feed.</summary>
internal static class SeasonEndpoints
{
    public static void MapSeasonEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/my/season/log.csv", async (SeasonService seasons, CancellationToken ct) =>
            {
                var csv = await seasons.ExportMyLogCsvAsync(ct);
                return csv.Succeeded
                    ? Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.Value!.Content)).ToArray(), "text/csv; charset=utf-8", csv.Value.FileName)
                    : Results.Forbid();
            })
            .RequireAuthorization();

        endpoints.MapGet("/calendar/season/{file}", async (string file, SeasonCalendarFeed feed, CancellationToken ct) =>
            file.EndsWith(".ics", StringComparison.Ordinal) && await feed.FeedAsync(file[..^4], ct) is { } ics
                ? Results.Text(ics, "text/calendar; charset=utf-8")
                : Results.NotFound());
    }
}
