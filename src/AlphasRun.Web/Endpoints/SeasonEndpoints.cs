using System.Text;
using AlphasRun.Application.Seasons.ExportMyLog;
using AlphasRun.Application.Seasons.SeasonFeed;

namespace AlphasRun.Web.Endpoints;

/// <summary>Files of "My off-season": the log as CSV (the signed-in member's own) and the season calendar feed.</summary>
internal static class SeasonEndpoints
{
    public static void MapSeasonEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/my/season/log.csv", async (IUseCases useCases, CancellationToken ct) =>
            {
                var csv = await useCases.SendAsync(new ExportMyLog(), ct);
                return csv.Succeeded
                    ? Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.Value!.Content)).ToArray(), "text/csv; charset=utf-8", csv.Value.FileName)
                    : Results.Forbid();
            })
            .RequireAuthorization();

        endpoints.MapGet("/calendar/season/{file}", async (string file, IUseCases useCases, CancellationToken ct) =>
            file.EndsWith(".ics", StringComparison.Ordinal) && await useCases.SendAsync(new SeasonFeed(file[..^4]), ct) is { } ics
                ? Results.Text(ics, "text/calendar; charset=utf-8")
                : Results.NotFound());
    }
}
