using AlphasRun.Application.Plans.Editing;
using AlphasRun.Application.Plans.Editing.GetPlanForEditing;
using AlphasRun.Application.Plans.Editing.PublishPlan;
using AlphasRun.Application.Plans.Editing.RestorePlanVersion;
using AlphasRun.Application.Plans.Editing.SavePlanDraft;
using AlphasRun.Domain.Plans;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace AlphasRun.Web.Features.CoachPlans;

public partial class PlanEditorPage
{
    private readonly List<BreadcrumbItem> _breadcrumbs =
    [
        new("Coach corner", "/coach"),
        new("Plans", "/coach/plans"),
        new("Edit", null, disabled: true),
    ];

    private PlanEditorDto? _editor;
    private PlanEditModel? _model;
    private PlanChecks _checks = PlanChecks.None;
    private IReadOnlyList<string> _serverProblems = [];
    private string? _serverSlugError;
    private readonly Feedback _loadProblem = new();
    private readonly Feedback _conflict = new();
    private readonly Feedback _feedback = new();
    private string _savedSlug = string.Empty;
    private bool _dirty;
    private bool _busy;

    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    private ClientPreferences Preferences { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var result = await UseCases.SendAsync(new GetPlanForEditing(Id));
        if (result.IsNotFound)
        {
            Navigation.NotFound();
            return;
        }

        if (!result.Succeeded)
        {
            _loadProblem.Show(result.Message, FeedbackKind.Error);
            return;
        }

        _editor = result.Value!;
        _model = _editor.Model;
        _savedSlug = _model.Slug;
        _dirty = false;
        _conflict.Clear();
        Check();
        if (_editor.Status == PlanStatus.Archived)
        {
            Show("This plan is archived: restore it from the plan list to edit or publish it.", isError: true);
        }
    }

    /// <summary>Every edit lands here: re-check the whole plan and redraw the chart (cheap even for 24 weeks).</summary>
    private void OnChanged()
    {
        _dirty = true;
        _feedback.Clear();
        _serverSlugError = null;
        _serverProblems = [];
        Check();
    }

    private void Check() => _checks = new PlanChecks(Validator.Validate(_model!).Errors);

    private async Task<bool> SaveAsync()
    {
        if (_model is null || _busy)
        {
            return false;
        }

        _busy = true;
        try
        {
            var result = await UseCases.SendAsync(new SavePlanDraft(_model));
            if (result.Succeeded)
            {
                _model.ConcurrencyToken = result.Value!.ConcurrencyToken;
                _editor = _editor! with { UpdatedUtc = result.Value.UpdatedUtc, UpdatedBy = result.Value.UpdatedBy, HasUnpublishedChanges = true };
                _dirty = false;
                Show("Draft saved. Runners still see the published version until you publish.", isError: false);
                return true;
            }

            ShowProblems(result);
            return false;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task PublishAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Publish this plan?",
            $"Runners will see this version at /plans/{_model!.Slug} right away.",
            yesText: "Publish",
            cancelText: "Not yet");
        if (confirmed != true || (_dirty && !await SaveAsync()))
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await UseCases.SendAsync(new PublishPlan(Id, _model.ConcurrencyToken));
            if (!result.Succeeded)
            {
                ShowProblems(result);
                return;
            }

            await LoadAsync();
            Show($"Version {result.Value!.Number} is published: {result.Value.ChangeSummary}", isError: false);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RestoreVersionAsync(int number)
    {
        var lost = _dirty ? " Your unsaved changes will be lost." : string.Empty;
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            $"Restore version {number} as the draft?", $"The draft becomes version {number} again; runners see it once you publish.{lost}",
            yesText: "Restore", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        var result = await UseCases.SendAsync(new RestorePlanVersion(Id, number, _model!.ConcurrencyToken));
        if (!result.Succeeded)
        {
            ShowProblems(result);
            return;
        }

        await LoadAsync();
        Show($"Version {number} is the draft again. Publish to show it to runners.", isError: false);
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        Show("Reloaded: this is the plan as it is saved now.", isError: false);
    }

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (!_dirty)
        {
            return;
        }

        var leave = await Dialogs.ShowMessageBoxAsync(
            "Leave without saving?", "Your changes to this plan are not saved.", yesText: "Leave", cancelText: "Stay");
        if (leave != true)
        {
            context.PreventNavigation();
        }
    }

    private void ShowProblems(Result result)
    {
        var conflict = result.Problems.FirstOrDefault(p => p.Field == ConflictProblem.Field);
        if (conflict is not null)
        {
            _conflict.Show(conflict.Message, FeedbackKind.Error);
            _feedback.Clear();
            return;
        }

        _serverSlugError = result.Problems.FirstOrDefault(p => p.Field == nameof(PlanEditModel.Slug))?.Message;
        _serverProblems = [.. result.Problems.Select(p => p.Message).Distinct()];
        Show(result.IsForbidden ? result.Message : "Not saved: see the checks.", isError: true);
    }

    private void Show(string message, bool isError)
    {
        _feedback.Show(message, isError ? FeedbackKind.Error : FeedbackKind.Success);
    }
}
