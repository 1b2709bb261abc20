using AlphasRun.Application.Plans.Editing;
using AlphasRun.Application.Plans.Editing.ArchivePlan;
using AlphasRun.Application.Plans.Editing.ListPlans;
using AlphasRun.Domain.Plans;
using MudBlazor;

namespace AlphasRun.Web.Features.CoachPlans;

public partial class CoachPlansPage
{
    private readonly List<BreadcrumbItem> _breadcrumbs = [new("Coach corner", "/coach"), new("Plans", null, disabled: true)];
    private IReadOnlyList<PlanListItemDto>? _plans;
    private readonly Feedback _feedback = new();

    [Inject]
    private IUseCases UseCases { get; set; } = default!;

    [Inject]
    private ClubClock Clock { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private static Color StatusColor(PlanStatus status) => status switch
    {
        PlanStatus.Published => Color.Success,
        PlanStatus.Archived => Color.Dark,
        _ => Color.Default,
    };

    private async Task LoadAsync()
    {
        var result = await UseCases.SendAsync(new ListPlans());
        if (result.Succeeded)
        {
            _plans = result.Value;
        }
        else
        {
            _feedback.Show(result, null);
        }
    }

    private void Open(Guid id) => Navigation.NavigateTo($"/coach/plans/{id}/edit");

    private async Task DuplicateAsync(PlanListItemDto plan)
    {
        var parameters = new DialogParameters<DuplicatePlanDialog> { { d => d.Source, plan } };
        var dialog = await Dialogs.ShowAsync<DuplicatePlanDialog>($"Duplicate {plan.Name}", parameters);
        if (await dialog.Result is { Canceled: false, Data: Guid id })
        {
            Open(id);
        }
    }

    private async Task ArchiveAsync(PlanListItemDto plan)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            $"Archive {plan.Name}?", "Runners will no longer see it. You can restore it later.", yesText: "Archive", cancelText: "Cancel");
        if (confirmed == true)
        {
            _feedback.Show(await UseCases.SendAsync(new ArchivePlan(plan.Id)), $"{plan.Name} is archived.");
            await LoadAsync();
        }
    }

    private async Task RestoreAsync(PlanListItemDto plan)
    {
        _feedback.Show(await UseCases.SendAsync(new ArchivePlan(plan.Id, Archive: false)), $"{plan.Name} is restored.");
        await LoadAsync();
    }
}
