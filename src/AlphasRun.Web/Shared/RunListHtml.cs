using System.Globalization;
using AlphasRun.Application.GroupRuns;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Web.Features.Runs;

namespace AlphasRun.Web.Shared;

/// <summary>
/// The markup of <see cref="RunList"/>: the dated runs as one piece of HTML, with each member's place and one-tap
/// actions (submit buttons of the page's <see cref="RunActionForm"/>). /runs lists every generated date (about 23) on
/// every request: as Razor markup each date cost about 160 render-tree frames and as many separate writes to the
/// response, as one string the whole page costs a fifth less (docs/decisions/0013-hot-lists.md).
/// Text that people typed (run and place names, a cancellation reason, a pace group) goes through
/// <see cref="HtmlWriter.Text"/>, which HTML-encodes it; only constant markup and values formatted here (dates,
/// numbers, ids) are written as they are.
/// </summary>
internal static class RunListHtml
{
    public static MarkupString Write(
        IReadOnlyList<UpcomingRunDto> runs, bool showMapLink, IReadOnlyDictionary<Guid, MyRegistrationDto>? statuses)
    {
        var html = new HtmlWriter(runs.Count * 800);
        html.Raw("<ul class=\"run-list\">");
        foreach (var run in runs)
        {
            AppendRun(html, run, showMapLink, statuses);
        }

        html.Raw("</ul>");
        return html.ToMarkup();
    }

    private static void AppendRun(
        HtmlWriter html, UpcomingRunDto run, bool showMapLink, IReadOnlyDictionary<Guid, MyRegistrationDto>? statuses)
    {
        var culture = ClubClock.Culture;
        var start = run.LocalStart;
        var cancelled = run.Status == OccurrenceStatus.Cancelled;
        html.Raw(cancelled ? "<li class=\"run-item run-cancelled\" data-run-id=\"" : "<li class=\"run-item\" data-run-id=\"")
            .Raw(run.Id)
            .Raw("\"><div class=\"mud-paper mud-paper-outlined pa-3 d-flex flex-wrap align-center gap-3\">")
            .Raw("<div class=\"run-date\" aria-hidden=\"true\"><span class=\"run-date-day\">")
            .Raw(culture, $"{start:ddd}</span><span class=\"run-date-num\">{start.Day}</span></div>")
            .Raw("<div class=\"flex-grow-1\"><h3 class=\"mud-typography mud-typography-subtitle1 run-when\"><a href=\"/runs/")
            .Raw(run.Id)
            .Raw(CultureInfo.InvariantCulture, $"\" class=\"run-link\"><time datetime=\"{run.StartUtc:O}\">")
            .Raw(culture, $"{start:dddd, MMMM d} · {start:h:mm tt}</time></a></h3>")
            .Raw("<p class=\"mud-typography mud-typography-body2\">")
            .Text(run.Name).Raw(" · ").Text(run.LocationName);
        if (showMapLink)
        {
            html.Raw(" · <a class=\"mud-typography mud-link mud-primary-text mud-link-underline-always mud-typography-body2\" href=\"")
                .Text(run.MapUrl)
                .Raw("\" target=\"_blank\" rel=\"noopener\">Map<span class=\"visually-hidden\"> of ")
                .Text(run.LocationName)
                .Raw("</span></a>");
        }

        html.Raw("</p>");
        if (cancelled)
        {
            html.Raw("<div role=\"alert\" class=\"mud-alert mud-alert-text-error mud-dense mt-1\"><div class=\"mud-alert-message\">Cancelled: ")
                .Text(run.CancellationReason)
                .Raw("</div></div>");
        }
        else
        {
            html.Raw("<p class=\"mud-typography mud-typography-body2 run-count\">")
                .Raw(run.ConfirmedCount == 1 ? "1 runner coming" : $"{run.ConfirmedCount} runners coming");
            if (run.Capacity is { } capacity)
            {
                html.Raw(CultureInfo.InvariantCulture, $" · {Math.Max(0, capacity - run.ConfirmedCount)} places left");
            }

            html.Raw("</p>");
        }

        html.Raw("</div>");
        if (statuses is not null && !cancelled)
        {
            AppendActions(html, run, statuses.GetValueOrDefault(run.Id));
        }

        html.Raw("</div></li>");
    }

    // "Register", "On the waitlist (#3) · Leave" or "You're in · Cancel": submit buttons naming their action.
    private static void AppendActions(HtmlWriter html, UpcomingRunDto run, MyRegistrationDto? mine)
    {
        var date = run.LocalStart.ToString("dddd, MMMM d", ClubClock.Culture);
        html.Raw("<div class=\"run-actions d-flex flex-wrap align-center gap-2\">");
        if (mine is null)
        {
            var isFull = run.Capacity is { } capacity && run.ConfirmedCount >= capacity;
            html.Raw("<button type=\"submit\" name=\"Input.Op\" value=\"")
                .Raw(RunAction.Value(RunActionKind.Register, run.Id))
                .Raw("\" data-testid=\"register\" class=\"mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-small mud-ripple\"><span class=\"mud-button-label\">")
                .Raw(isFull ? "Join the waitlist" : "Register")
                .Raw("<span class=\"visually-hidden\"> for ").Raw(date).Raw("</span></span></button>");
        }
        else
        {
            var waitlisted = mine.Status == RegistrationStatus.Waitlisted;
            html.Raw(waitlisted
                    ? "<span class=\"mud-chip mud-chip-filled mud-chip-size-small mud-chip-color-warning\" data-testid=\"my-status\"><span class=\"mud-chip-content\">"
                    : "<span class=\"mud-chip mud-chip-filled mud-chip-size-small mud-chip-color-success\" data-testid=\"my-status\"><span class=\"mud-chip-content\">");
            if (waitlisted)
            {
                html.Raw(CultureInfo.InvariantCulture, $"On the waitlist (#{mine.WaitlistPosition})");
            }
            else
            {
                html.Raw("You&#x27;re in");
                if (mine.PaceGroup is { } pace)
                {
                    html.Raw(" · ").Text(pace);
                }
            }

            html.Raw("</span></span><button type=\"submit\" name=\"Input.Op\" value=\"")
                .Raw(RunAction.Value(RunActionKind.Cancel, run.Id))
                .Raw("\" data-testid=\"cancel\" class=\"mud-button-root mud-button mud-button-text mud-button-text-primary mud-button-text-size-small mud-ripple\"><span class=\"mud-button-label\">")
                .Raw(waitlisted ? "Leave the waitlist<span class=\"visually-hidden\"> for " : "Cancel<span class=\"visually-hidden\"> my place on ")
                .Raw(date)
                .Raw("</span></span></button>");
        }

        html.Raw("</div>");
    }
}
