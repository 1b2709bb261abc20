using AlphasRun.Application.GroupRuns;
using Microsoft.AspNetCore.Components;

namespace AlphasRun.Web.Features.MyRuns;

/// <summary>The member's runs: coming (with cancel), every-week registrations, the calendar feed and past attendance.</summary>
public partial class MyRunsPage
{
    private MyRunsDto? _runs;
    private readonly Feedback _feedback = new();

    [Inject]
    private RunQueries RunQueries { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var result = await RunQueries.GetMyRunsAsync();
        _runs = result.Value;
        if (!result.Succeeded)
        {
            _feedback.Show(result, null);
        }
    }
}
