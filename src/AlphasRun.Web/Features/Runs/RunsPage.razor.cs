using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.Upcoming.ComingRuns;
using AlphasRun.Application.GroupRuns.Upcoming.MyPlaces;
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
    private IUseCases UseCases { get; set; } = default!;

    // The list reaches as far as the dated runs are generated, so "every Tuesday" never books a date it doesn't show.
    [Inject]
    private IOptions<ClubOptions> Options { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _signedIn = AuthenticationState is not null && (await AuthenticationState).User.Identity?.IsAuthenticated == true;
        _runs = await UseCases.SendAsync(new ComingRuns(Options.Value.GenerateRunsDaysAhead + 1));
        _mapUrl = _runs.Count > 0 ? _runs[0].MapUrl : "https://www.openstreetmap.org/search?query=Panera%20Bread%20Markham";
        // Members get their place and one-tap actions on each date; visitors the list and one invitation to join.
        _statuses = _signedIn ? await UseCases.SendAsync(new MyPlaces([.. _runs.Select(r => r.Id)])) : null;
    }
}
