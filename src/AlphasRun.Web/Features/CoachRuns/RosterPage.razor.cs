using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.Roster.CheckInRunner;
using AlphasRun.Application.GroupRuns.Roster.GetRoster;

namespace AlphasRun.Web.Features.CoachRuns;

/// <summary>The run leader's phone on the day: who's coming per pace group, one tap to check in, walk-ins.</summary>
public partial class RosterPage
{
    private RosterDto? _roster;
    private bool _loaded;
    private readonly Feedback _feedback = new();

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromForm(FormName = "check-in")]
    private CheckInInput? CheckIn { get; set; }

    [Inject]
    private IUseCases UseCases { get; set; } = default!;

    [Inject]
    private FlashMessages Flash { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _roster = (await UseCases.SendAsync(new GetRoster(Id))).Value;
        _loaded = true;
        if (_roster is null)
        {
            Navigation.NotFound();
        }
    }

    private async Task CheckInAsync()
    {
        var parts = CheckIn?.Op?.Split(':', 2);
        if (parts is not [var op and ("in" or "out"), var id] || !Guid.TryParse(id, out var registrationId))
        {
            _feedback.Show(Application.Common.Result.Fail("That check-in didn't go through. Please tap again."), null);
            return;
        }

        var result = await UseCases.SendAsync(new CheckInRunner(Id, registrationId, Present: op == "in"));
        var name = _roster?.Groups.SelectMany(g => g.Runners).FirstOrDefault(r => r.RegistrationId == registrationId)?.Name ?? "The runner";
        var feedback = new Feedback();
        feedback.Show(result, op == "in" ? $"{name} checked in." : $"{name} is no longer checked in.");
        Flash.Set(feedback);
        Navigation.NavigateTo(Navigation.Uri, replace: true);
    }
}

/// <summary>The posted check-in button: "in:{registration id}" or "out:{registration id}".</summary>
public sealed class CheckInInput
{
    public string? Op { get; set; }
}
