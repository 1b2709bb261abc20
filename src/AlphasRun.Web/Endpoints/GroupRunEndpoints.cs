using System.Text;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Web.Caching;

namespace AlphasRun.Web.Endpoints;

/// <summary>Files rather than pages: the calendar feeds and the roster CSV.</summary>
internal static class GroupRunEndpoints
{
    private const string Ics = "text/calendar; charset=utf-8";

    public static void MapGroupRunEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/club.ics", async (CalendarFeeds feeds, CancellationToken ct) =>
                Results.Text(await feeds.ClubAsync(ct), Ics))
            .CacheOutput(PublicPageCache.FeedPolicy);

        endpoints.MapGet("/calendar/runs/{id:guid}.ics", async (Guid id, CalendarFeeds feeds, CancellationToken ct) =>
                await feeds.RunAsync(id, ct) is { } ics
                    ? Results.File(Encoding.UTF8.GetBytes(ics), Ics, $"alphas-run-{id:N}.ics")
                    : Results.NotFound())
            .CacheOutput(PublicPageCache.FeedPolicy);

        endpoints.MapGet("/calendar/u/{file}", async (string file, CalendarFeeds feeds, CancellationToken ct) =>
            file.EndsWith(".ics", StringComparison.Ordinal) && await feeds.PersonalAsync(file[..^4], ct) is { } ics
                ? Results.Text(ics, Ics)
                : Results.NotFound());

        endpoints.MapGet("/coach/runs/{id:guid}/roster.csv", async (Guid id, RosterService rosters, CancellationToken ct) =>
            {
                var csv = await rosters.ExportCsvAsync(id, ct);
                return csv switch
                {
                    { IsForbidden: true } => Results.Forbid(),
                    { Succeeded: false } => Results.NotFound(),
                    _ => Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.Value!)).ToArray(), "text/csv; charset=utf-8", $"roster-{id:N}.csv"),
                };
            })
            .RequireAuthorization(Policies.CanManageRuns);
    }
}
