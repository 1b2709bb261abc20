using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.GroupRuns.MyRuns.GetMyRuns;

namespace AlphasRun.Web.Features.MyRuns;

/// <summary>The member's runs: coming (with cancel), every-week registrations, the calendar feed and past attendance.</summary>
public partial class MyRunsPage
{
    private MyRunsDto? _runs;
    private readonly Feedback _feedback = new();

    [Inject]
    private IUseCases UseCases { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var result = await UseCases.SendAsync(new GetMyRuns());
        _runs = result.Value;
        if (!result.Succeeded)
        {
            _feedback.Show(result, null);
        }
    }
}
