using AlphasRun.Application.Common;
using AlphasRun.Application.GroupRuns;
using Microsoft.AspNetCore.Components;

namespace AlphasRun.Web.Features.CoachRuns;

/// <summary>The run leader's phone on the day: who's coming per pace group, one tap to check in, walk-ins.</summary>
public partial class RosterPage
{
    private RosterDto? _roster;
    private bool _loaded;
    private readonly Feedback _feedback = new();

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private RosterService Rosters { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync();
        if (_roster is null)
        {
            Navigation.NotFound();
        }
    }

    private async Task LoadAsync()
    {
        _roster = (await Rosters.GetRosterAsync(Id)).Value;
        _loaded = true;
    }

    private async Task CheckInAsync(Guid registrationId, bool present)
    {
        var result = await Rosters.CheckInAsync(Id, registrationId, present);
        if (!result.Succeeded)
        {
            Show(result, string.Empty);
        }

        await LoadAsync();
    }

    private async Task<Result> AddWalkInAsync((string Name, string? PaceGroup) walkIn)
    {
        var result = await Rosters.AddWalkInAsync(Id, walkIn.Name, walkIn.PaceGroup);
        if (result.Succeeded)
        {
            Show(result, $"{walkIn.Name.Trim()} added and checked in.");
            await LoadAsync();
        }

        return result;
    }

    private void Show(Result result, string? success) => _feedback.Show(result, success);
}
