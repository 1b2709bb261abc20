using AlphasRun.Application.Common;
using AlphasRun.Application.GroupRuns;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace AlphasRun.Web.Features.Runs;

/// <summary>The coming runs, with each member's place and one-tap register / cancel.</summary>
public partial class RunsPage
{
    private const int DaysShown = 35;
    private IReadOnlyList<UpcomingRunDto>? _runs;
    private IReadOnlyDictionary<Guid, MyRegistrationDto> _statuses = new Dictionary<Guid, MyRegistrationDto>();
    private string? _mapUrl;
    private bool _signedIn;
    private bool _busy;
    private readonly Feedback _feedback = new();

    [Inject]
    private RunCalendar RunCalendar { get; set; } = default!;

    [Inject]
    private RunQueries RunQueries { get; set; } = default!;

    [Inject]
    private RegistrationService Registrations { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _signedIn = AuthenticationState is not null && (await AuthenticationState).User.Identity?.IsAuthenticated == true;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _runs = await RunCalendar.GetUpcomingAsync(DaysShown);
        _mapUrl = _runs.Count > 0 ? _runs[0].MapUrl : "https://www.openstreetmap.org/search?query=Panera%20Bread%20Markham";
        _statuses = _signedIn ? await RunQueries.GetMyStatusesAsync([.. _runs.Select(r => r.Id)]) : new Dictionary<Guid, MyRegistrationDto>();
    }

    private async Task RegisterAsync(Guid runId)
    {
        // One tap from the list: the pace group defaults from the member's usual pace (pick another on the run's page).
        var result = await Registrations.RegisterAsync(runId, await RunQueries.MyDefaultPaceGroupAsync(runId));
        await AfterAsync(result, result.Value switch
        {
            RegistrationOutcome.Confirmed => "You're in. See you there!",
            RegistrationOutcome.Waitlisted => "The run is full: you're on the waitlist, and we'll email you if a place opens.",
            _ => null,
        });
    }

    private async Task CancelAsync(Guid runId) =>
        await AfterAsync(await Registrations.CancelAsync(runId), "Your place is cancelled.");

    private async Task AfterAsync(Result result, string? success)
    {
        _busy = true;
        try
        {
            _feedback.Show(result, success);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
