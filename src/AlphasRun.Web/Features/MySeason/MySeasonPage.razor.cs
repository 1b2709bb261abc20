using AlphasRun.Application.Seasons;
using AlphasRun.Application.Seasons.GetMySeason;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Seasons;

namespace AlphasRun.Web.Features.MySeason;

/// <summary>
/// "My off-season": the member's race form, today's and this week's sessions, planned vs done, and the whole
/// season week by week. Static server-rendered; every action is a form post answered with a redirect.
/// </summary>
public partial class MySeasonPage
{
    private MySeasonDto? _mine;
    private readonly Feedback _feedback = new();

    [Inject]
    private IUseCases UseCases { get; set; } = default!;

    [CascadingParameter]
    private ClientPreferences? Preferences { get; set; }

    private DistanceUnit Unit => Preferences?.Units ?? DistanceUnit.Kilometres;

    /// <summary>Off-season weeks up to this one: the chart shows how the plan is going, not the empty future.</summary>
    private IReadOnlyList<SeasonWeekDto> ChartWeeks =>
        _mine?.Season is { } season
            ? [.. season.Weeks.Where(w => w.Phase == SeasonPhase.OffSeason && w.Monday <= season.Today)]
            : [];

    /// <summary>Last week, this week and next start open; the rest are a tap away (details/summary: no script).</summary>
    private bool IsOpen(SeasonWeekDto week) =>
        _mine?.Season?.ThisWeek is { } current && Math.Abs(week.Number - current.Number) <= 1;

    protected override async Task OnInitializedAsync()
    {
        var result = await UseCases.SendAsync(new GetMySeason(Unit));
        _mine = result.Value;
        if (!result.Succeeded)
        {
            _feedback.Show(result, null);
        }
    }
}
