using AlphasRun.Application.Common;
using AlphasRun.Application.GroupRuns;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace AlphasRun.Web.Features.Runs;

/// <summary>The coming runs, with each member's place and one-tap register / cancel (a static form, see RunActionForm).</summary>
public partial class RunsPage
{
    private IReadOnlyList<UpcomingRunDto>? _runs;
    private IReadOnlyDictionary<Guid, MyRegistrationDto>? _statuses;
    private string? _mapUrl;
    private bool _signedIn;

    [Inject]
    private RunCalendar RunCalendar { get; set; } = default!;

    [Inject]
    private RunQueries RunQueries { get; set; } = default!;

    // The list reaches as far as the dated runs are generated, so "every Tuesday" never books a date it doesn't show.
    [Inject]
    private IOptions<ClubOptions> Options { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _signedIn = AuthenticationState is not null && (await AuthenticationState).User.Identity?.IsAuthenticated == true;
        _runs = await RunCalendar.GetUpcomingAsync(Options.Value.GenerateRunsDaysAhead + 1);
        _mapUrl = _runs.Count > 0 ? _runs[0].MapUrl : "https://www.openstreetmap.org/search?query=Panera%20Bread%20Markham";
        // Members get their place and one-tap actions on each date; visitors the list and one invitation to join.
        _statuses = _signedIn ? await RunQueries.GetMyStatusesAsync([.. _runs.Select(r => r.Id)]) : null;
    }
}
