using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.Upcoming.GetRunDetails;

namespace AlphasRun.Web.Features.Runs;

/// <summary>One dated run: when and where, who is coming per pace group, and the member's place.</summary>
public partial class RunPage
{
    private RunDetailsDto? _details;
    private bool _loaded;

    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    private ClientPreferences Preferences { get; set; } = default!;

    [Inject]
    private IUseCases UseCases { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _details = (await UseCases.SendAsync(new GetRunDetails(Id))).Value;
        _loaded = true;
        if (_details is null)
        {
            Navigation.NotFound();
        }
    }
}
