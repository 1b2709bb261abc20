using AlphasRun.Application.Common;
using AlphasRun.Application.GroupRuns;
using Microsoft.AspNetCore.Components;

namespace AlphasRun.Web.Features.Runs;

/// <summary>One dated run: when and where, who is coming per pace group, and the member's place.</summary>
public partial class RunPage
{
    private RunDetailsDto? _details;
    private bool _loaded;
    private bool _busy;
    private readonly Feedback _feedback = new();

    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    private ClientPreferences Preferences { get; set; } = default!;

    [Inject]
    private RunQueries RunQueries { get; set; } = default!;

    [Inject]
    private RegistrationService Registrations { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync();
        if (_details is null)
        {
            Navigation.NotFound();
        }
    }

    private async Task LoadAsync()
    {
        var result = await RunQueries.GetDetailsAsync(Id);
        _details = result.Value;
        _loaded = true;
    }

    private async Task RegisterAsync(string? paceGroup)
    {
        var result = await Registrations.RegisterAsync(Id, paceGroup);
        await AfterAsync(result, result.Value == RegistrationOutcome.Waitlisted
            ? "The run is full: you're on the waitlist, and we'll email you if a place opens."
            : "You're in. See you there!");
    }

    private async Task CancelAsync() => await AfterAsync(await Registrations.CancelAsync(Id), "Your place is cancelled.");

    private async Task StandingAsync((bool Start, string? PaceGroup) request)
    {
        var scheduleId = _details!.ScheduleId;
        var day = _details.Run.LocalStart.ToString("dddd", ClubClock.Culture);
        if (request.Start)
        {
            var result = await Registrations.StartStandingAsync(scheduleId, request.PaceGroup);
            await AfterAsync(result, $"You're registered for every {day} run ({result.Value} coming dates). Cancel any single date you can't make.");
        }
        else
        {
            await AfterAsync(await Registrations.StopStandingAsync(scheduleId), $"You're no longer registered for every {day}; your coming {day} runs are cancelled.");
        }
    }

    private async Task AfterAsync(Result result, string success)
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
