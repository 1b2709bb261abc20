using System.Globalization;
using AlphasRun.Application.Seasons;
using AlphasRun.Application.Seasons.GetMySeason;
using AlphasRun.Application.Seasons.LogSession;
using AlphasRun.Domain.Common;

namespace AlphasRun.Web.Features.MySeason;

/// <summary>
/// Log a planned session (<c>?date=2026-11-29&amp;slot=0</c>: done with distance, time, effort and a note, or
/// skipped) or another run (no query). A static form: a refused post keeps the values and says why beside each field.
/// </summary>
public partial class LogRunPage
{
    private SeasonSessionDto? _session;
    private SeasonReportDto? _season;
    private readonly Feedback _notFound = new();
    private IReadOnlyList<Problem> _problems = [];

    [Inject]
    private IUseCases UseCases { get; set; } = default!;

    [Inject]
    private ClubClock Clock { get; set; } = default!;

    [Inject]
    private FlashMessages Flash { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private ClientPreferences? Preferences { get; set; }

    [SupplyParameterFromQuery(Name = "date")]
    private string? DateText { get; set; }

    [SupplyParameterFromQuery(Name = "slot")]
    private int? SlotQuery { get; set; }

    [SupplyParameterFromForm(FormName = "season-log")]
    private LogEntryForm? Input { get; set; }

    private DistanceUnit Unit => Preferences?.Units ?? DistanceUnit.Kilometres;

    private string Heading => _session is null ? "Log another run" : $"Log: {_session.Title}";

    protected override async Task OnInitializedAsync()
    {
        _season = (await UseCases.SendAsync(new GetMySeason(Unit))).Value?.Season;
        if (SlotQuery is not { } slot)
        {
            Input ??= new LogEntryForm { Date = Clock.Today, Unit = Unit };
            return;
        }

        var date = DateOnly.TryParseExact(DateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        _session = _season?.Weeks.SelectMany(w => w.Sessions).FirstOrDefault(s => s.Date == date && s.Slot == slot);
        if (_session is null)
        {
            _notFound.Show("That session is not on your plan. Open it again from My off-season.", FeedbackKind.Warning);
            return;
        }

        Input ??= FormFor(_session, Unit);
    }

    private string? Err(string field) => _problems.FirstOrDefault(p => p.Field == field)?.Message;

    private async Task SaveAsync()
    {
        Input ??= new();
        var result = await UseCases.SendAsync(new LogSession(Input));
        if (!result.Succeeded)
        {
            _problems = result.Problems;
            return;
        }

        var feedback = new Feedback();
        var what = _session?.Title ?? (string.IsNullOrWhiteSpace(Input.Title) ? "Your run" : Input.Title.Trim());
        feedback.Show(result, Input.Skipped ? $"{what} logged as skipped." : $"{what} logged. Nice work!");
        Flash.Set(feedback);
        // Back to the week the run was in, which the page shows open when it is last, this or next week.
        var week = _season?.Weeks.FirstOrDefault(w => Input.Date >= w.Monday && Input.Date <= w.Sunday);
        Navigation.NavigateTo(week is null ? "/my/season" : week.IsCurrent ? "/my/season#this-week" : $"/my/season#week-{week.Number}", replace: true);
    }

    private static LogEntryForm FormFor(SeasonSessionDto session, DistanceUnit unit)
    {
        var log = session.Log;
        return new LogEntryForm
        {
            Date = session.Date,
            Slot = session.Slot,
            Unit = unit,
            Distance = log?.DistanceKm is { } km ? Distance.FromKm(km).ToInput(unit) : null,
            Duration = log?.Duration is { } t ? RunDuration.Format(t) : null,
            Effort = log?.Effort,
            Note = log?.Note,
        };
    }
}
