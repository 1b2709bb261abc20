using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.Cancel.CancelRegistration;
using AlphasRun.Application.GroupRuns.Cancel.UndoCancellation;
using AlphasRun.Application.GroupRuns.Register.MyDefaultPaceGroup;
using AlphasRun.Application.GroupRuns.Register.RegisterForRun;
using AlphasRun.Application.GroupRuns.Series.StartSeries;
using AlphasRun.Application.GroupRuns.Series.StopSeries;
using Microsoft.AspNetCore.Components.Authorization;

namespace AlphasRun.Web.Features.Runs;

/// <summary>
/// Handles the one-tap run actions of a page as a static form post, then sends the browser back to the
/// same page (post → redirect → get) with the outcome as a flash message: the page shows the new state,
/// and a reload repeats nothing.
/// </summary>
public partial class RunActionForm
{
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>The weekday of the page's run ("Tuesday"), for the "every Tuesday" messages.</summary>
    [Parameter]
    public string? Day { get; set; }

    /// <summary>The form's id: a page's flash message posts its "Undo" button through this form.</summary>
    public const string FormId = "run-actions";

    [SupplyParameterFromForm(FormName = "run-action")]
    private RunActionInput? Input { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private IUseCases UseCases { get; set; } = default!;

    [Inject]
    private FlashMessages Flash { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool SignedIn { get; set; }

    protected override async Task OnInitializedAsync() =>
        SignedIn = AuthenticationState is not null && (await AuthenticationState).User.Identity?.IsAuthenticated == true;

    private async Task HandleAsync()
    {
        var feedback = new Feedback();
        if (RunAction.TryParse(Input?.Op, out var action))
        {
            var (result, success) = await RunAsync(action);
            feedback.Show(result, success);
            if (action.Kind == RunActionKind.Cancel && result.Succeeded)
            {
                feedback.OfferUndo(RunAction.Value(RunActionKind.UndoCancel, action.Id));
            }
        }
        else
        {
            feedback.Show(Result.Fail("That action isn't available any more. Please try again."), null);
        }

        Flash.Set(feedback);
        Navigation.NavigateTo(Navigation.Uri, replace: true);
    }

    private async Task<(Result Result, string? Success)> RunAsync(RunAction action)
    {
        var day = Day ?? "week";
        switch (action.Kind)
        {
            case RunActionKind.Register:
                var paceGroup = string.IsNullOrWhiteSpace(Input?.PaceGroup)
                    ? await UseCases.SendAsync(new MyDefaultPaceGroup(action.Id))
                    : Input.PaceGroup;
                var registered = await UseCases.SendAsync(new RegisterForRun(action.Id, paceGroup));
                return (registered, registered.Value switch
                {
                    RegistrationOutcome.Waitlisted => "The run is full: you're on the waitlist, and we'll email you if a place opens.",
                    _ => "You're in. See you there!",
                });
            case RunActionKind.Cancel:
                return (await UseCases.SendAsync(new CancelRegistration(action.Id)), "Your place is cancelled.");
            case RunActionKind.UndoCancel:
                var restored = await UseCases.SendAsync(new UndoCancellation(action.Id));
                return (restored, restored.Value == RegistrationOutcome.Waitlisted
                    ? "Undone: you're back on the waitlist."
                    : "Undone: you're back in. See you there!");
            case RunActionKind.StartSeries:
                var started = await UseCases.SendAsync(new StartSeries(action.Id, string.IsNullOrWhiteSpace(Input?.PaceGroup) ? null : Input.PaceGroup));
                return (started, $"You're registered for every {day} run ({started.Value} coming dates). Cancel any single date you can't make.");
            case RunActionKind.StopSeries:
                return (await UseCases.SendAsync(new StopSeries(action.Id)), Day is null
                    ? "Stopped. Your coming runs from it are cancelled."
                    : $"You're no longer registered for every {day}; your coming {day} runs are cancelled.");
            default:
                return (Result.Fail("That action isn't available."), null);
        }
    }
}

/// <summary>The posted fields: which button was pressed ("register:{run id}") and the chosen pace group.</summary>
public sealed class RunActionInput
{
    public string? Op { get; set; }

    public string? PaceGroup { get; set; }
}

public enum RunActionKind
{
    Register,
    Cancel,
    StartSeries,
    StopSeries,
    UndoCancel,
}

/// <summary>A submit button's value: what to do, and to which run (or weekly schedule).</summary>
public readonly record struct RunAction(RunActionKind Kind, Guid Id)
{
    private static readonly Dictionary<string, RunActionKind> Names = new(StringComparer.Ordinal)
    {
        ["register"] = RunActionKind.Register,
        ["cancel"] = RunActionKind.Cancel,
        ["start-series"] = RunActionKind.StartSeries,
        ["stop-series"] = RunActionKind.StopSeries,
        ["undo-cancel"] = RunActionKind.UndoCancel,
    };

    public static string Value(RunActionKind kind, Guid id) =>
        $"{Names.First(n => n.Value == kind).Key}:{id}";

    public static bool TryParse(string? value, out RunAction action)
    {
        action = default;
        var parts = value?.Split(':', 2);
        if (parts is not [var name, var id] || !Names.TryGetValue(name, out var kind) || !Guid.TryParse(id, out var guid))
        {
            return false;
        }

        action = new RunAction(kind, guid);
        return true;
    }
}
