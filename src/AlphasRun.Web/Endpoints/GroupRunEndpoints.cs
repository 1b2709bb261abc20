using System.Text;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.GroupRuns.Calendar.ClubFeed;
using AlphasRun.Application.GroupRuns.Calendar.PersonalFeed;
using AlphasRun.Application.GroupRuns.Calendar.RunFeed;
using AlphasRun.Application.GroupRuns.Roster.ExportRosterCsv;
using AlphasRun.Web.Caching;

namespace AlphasRun.Web.Endpoints;

/// <summary>Files rather than pages: the calendar feeds and the roster CSV.</summary>
internal static class GroupRunEndpoints
{
    private const string Ics = "text/calendar; charset=utf-8";

    public static void MapGroupRunEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/club.ics", async (IUseCases useCases, CancellationToken ct) =>
                Results.Text(await useCases.SendAsync(new ClubFeed(), ct), Ics))
            .CacheOutput(PublicPageCache.FeedPolicy);

        endpoints.MapGet("/calendar/runs/{id:guid}.ics", async (Guid id, IUseCases useCases, CancellationToken ct) =>
                await useCases.SendAsync(new RunFeed(id), ct) is { } ics
                    ? Results.File(Encoding.UTF8.GetBytes(ics), Ics, $"alphas-run-{id:N}.ics")
                    : Results.NotFound())
            .CacheOutput(PublicPageCache.FeedPolicy);

        endpoints.MapGet("/calendar/u/{file}", async (string file, IUseCases useCases, CancellationToken ct) =>
            file.EndsWith(".ics", StringComparison.Ordinal) && await useCases.SendAsync(new PersonalFeed(file[..^4]), ct) is { } ics
                ? Results.Text(ics, Ics)
                : Results.NotFound());

        endpoints.MapGet("/coach/runs/{id:guid}/roster.csv", async (Guid id, IUseCases useCases, CancellationToken ct) =>
            {
                var csv = await useCases.SendAsync(new ExportRosterCsv(id), ct);
                return csv switch
                {
                    { IsForbidden: true } => Results.Forbid(),
                    { Succeeded: false } => Results.NotFound(),
                    _ => Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.Value!.Content)).ToArray(), "text/csv; charset=utf-8", csv.Value.FileName),
                };
            })
            .RequireAuthorization(Policies.CanManageRuns);
    }
}
