using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.Schedules.CancelRun;
using AlphasRun.Application.GroupRuns.Schedules.ListLocations;
using AlphasRun.Application.GroupRuns.Schedules.ListSchedules;
using AlphasRun.Application.GroupRuns.Schedules.ReinstateRun;
using AlphasRun.Application.GroupRuns.Schedules.SaveSchedule;
using AlphasRun.Application.GroupRuns.Schedules.SetScheduleActive;
using AlphasRun.Application.GroupRuns.Upcoming.ComingRunsForCoach;
using Microsoft.Extensions.Options;

namespace AlphasRun.Web.Features.CoachRuns;

public partial class CoachRunsPage
{
    private IReadOnlyList<ScheduleDto>? _schedules;
    private IReadOnlyList<CoachRunDto>? _runs;
    private IReadOnlyList<LocationOptionDto> _locations = [];
    private ScheduleForm? _editing;
    private Guid? _cancelling;
    private string? _reason;
    private string? _reasonError;
    private readonly Feedback _feedback = new();

    [Inject]
    private IUseCases UseCases { get; set; } = default!;

    // The same horizon as /runs and the every-week registrations: every generated date.
    [Inject]
    private IOptions<ClubOptions> Options { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _locations = (await UseCases.SendAsync(new ListLocations())).Value ?? [];
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _schedules = (await UseCases.SendAsync(new ListSchedules())).Value ?? [];
        _runs = (await UseCases.SendAsync(new ComingRunsForCoach(Days: Options.Value.GenerateRunsDaysAhead + 1))).Value ?? [];
    }

    private void NewSchedule() =>
        _editing = new ScheduleForm { LocationId = _locations.Count > 0 ? _locations[0].Id : Guid.Empty, PaceGroups = "5:00, 5:45, 6:30" };

    private async Task<Result> SaveScheduleAsync(ScheduleForm form)
    {
        var result = await UseCases.SendAsync(new SaveSchedule(form));
        if (result.Succeeded)
        {
            _editing = null;
            Show(result, $"Saved {form.Name}. New dates follow the weekly run; dates already listed keep their time.");
            await LoadAsync();

            // The editor calls this through a plain delegate, not an EventCallback: nothing re-renders this page otherwise.
            StateHasChanged();
        }

        return result;
    }

    private async Task SetActiveAsync(Guid scheduleId, bool active)
    {
        Show(await UseCases.SendAsync(new SetScheduleActive(scheduleId, active)), active ? "Resumed: its dates are listed again." : "Paused: no new dates will be added.");
        await LoadAsync();
    }

    private void StartCancel(Guid runId)
    {
        _cancelling = runId;
        _reason = null;
        _reasonError = null;
    }

    private async Task CancelRunAsync(Guid runId)
    {
        var result = await UseCases.SendAsync(new CancelRun(runId, _reason ?? string.Empty));
        if (result.Problems.Any(p => p.Field == "Reason"))
        {
            _reasonError = result.Message;
            return;
        }

        _cancelling = null;
        Show(result, "The run is cancelled and everyone registered has been emailed.");
        await LoadAsync();
    }

    private async Task ReinstateAsync(Guid runId)
    {
        Show(await UseCases.SendAsync(new ReinstateRun(runId)), "The run is back on.");
        await LoadAsync();
    }

    private void Show(Result result, string? success) => _feedback.Show(result, success);
}
