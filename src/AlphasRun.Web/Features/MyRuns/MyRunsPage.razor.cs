using AlphasRun.Application.Common;
using AlphasRun.Application.GroupRuns;
using Microsoft.AspNetCore.Components;

namespace AlphasRun.Web.Features.MyRuns;

/// <summary>The member's runs: coming (with cancel), every-week registrations, the calendar feed and past attendance.</summary>
public partial class MyRunsPage
{
    private MyRunsDto? _runs;
    private bool _busy;
    private readonly Feedback _feedback = new();

    [Inject]
    private RunQueries RunQueries { get; set; } = default!;

    [Inject]
    private RegistrationService Registrations { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var result = await RunQueries.GetMyRunsAsync();
        _runs = result.Value;
        if (!result.Succeeded)
        {
            Show(result, null);
        }
    }

    private async Task CancelAsync(Guid runId) => await AfterAsync(await Registrations.CancelAsync(runId), "Your place is cancelled.");

    private async Task StopStandingAsync(Guid scheduleId) =>
        await AfterAsync(await Registrations.StopStandingAsync(scheduleId), "Stopped. Your coming runs from it are cancelled.");

    private async Task RenewTokenAsync() =>
        await AfterAsync(await Registrations.RenewCalendarTokenAsync(), "Here is your new calendar link; the old one no longer works.");

    private async Task AfterAsync(Result result, string success)
    {
        _busy = true;
        try
        {
            Show(result, success);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private void Show(Result result, string? success) => _feedback.Show(result, success);
}
