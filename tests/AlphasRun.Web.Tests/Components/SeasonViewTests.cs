using AlphasRun.Application.GroupRuns;
using AlphasRun.Application.Seasons;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Seasons;
using AlphasRun.Web.Features.MySeason;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Components;

/// <summary>One week of "My off-season" as the member reads it (today: Thursday 26 November 2026).</summary>
public sealed class SeasonViewTests : MudTestContext
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Guid TuesdayRun = Guid.NewGuid();
    private static readonly Guid SundayRun = Guid.NewGuid();
    private static readonly Guid OtherRun = Guid.NewGuid();

    [Fact]
    public void OffSeasonWeek_ShowsPlannedVsDone_SessionsWithTheirCrewRunsAndWhatWasLogged()
    {
        var cut = Render<SeasonWeekView>(p => p.Add(c => c.Week, Week()).Add(c => c.Today, Today).Add(c => c.Unit, DistanceUnit.Kilometres));

        cut.Find("[data-testid=week-summary]").TextContent.ShouldContain("Planned 41–48 km · done 19 km");
        var tuesday = cut.Find("[data-date='2026-11-24']");
        tuesday.TextContent.ShouldContain("Medium run");
        tuesday.TextContent.ShouldContain("10–12 km");
        tuesday.QuerySelector("[data-testid=my-status]")!.TextContent.Trim().ShouldBe("You're in");
        tuesday.QuerySelector("[data-testid=logged]")!.TextContent.ShouldBe("Done · 11 km · 1:06:00 · 6:00/km · effort 5/10");
        var sunday = cut.Find("[data-date='2026-11-29']");
        var register = sunday.QuerySelector("[data-testid=register]")!;
        register.GetAttribute("form").ShouldBe("run-actions");
        register.GetAttribute("value").ShouldBe($"register:{SundayRun}");
        sunday.QuerySelector("[data-testid=log-done]").ShouldBeNull(); // Sunday hasn't come yet
        var saturday = cut.Find("[data-date='2026-11-21']");
        saturday.QuerySelector("[data-testid=log-done]")!.GetAttribute("href").ShouldBe("/my/season/log?date=2026-11-21&slot=0");
        saturday.QuerySelector("[data-testid=log-skipped]")!.GetAttribute("value").ShouldBe("skip:2026-11-21:0");
        var other = cut.Find("[data-testid=other-run]");
        other.TextContent.ShouldContain("Trail with friends");
        other.QuerySelector("[data-testid=remove-run]")!.GetAttribute("value").ShouldBe($"remove:{OtherRun}");
    }

    [Fact]
    public void OffSeasonWeek_InMiles_ShowsEveryDistanceInMiles()
    {
        var cut = Render<SeasonWeekView>(p => p.Add(c => c.Week, Week()).Add(c => c.Today, Today).Add(c => c.Unit, DistanceUnit.Miles));

        cut.Find("[data-testid=week-summary]").TextContent.ShouldContain("Planned 25.5–29.8 mi · done 11.8 mi");
        cut.Find("[data-date='2026-11-24'] [data-testid=logged]").TextContent.ShouldBe("Done · 6.8 mi · 1:06:00 · 9:39/mi · effort 5/10");
    }

    [Fact]
    public void BuildUpWeek_SendsTheMemberToACoach_AndInventsNoSessions()
    {
        var week = Week() with { Phase = SeasonPhase.BuildUp, Planned = null, Sessions = [], OtherRuns = [] };

        var cut = Render<SeasonWeekView>(p => p.Add(c => c.Week, week).Add(c => c.Today, Today));

        cut.Markup.ShouldContain("Build-up: time for a race plan — talk to a coach.");
        cut.FindAll("[data-testid=session]").ShouldBeEmpty();
    }

    [Fact]
    public void Chart_DrawsThePlannedBandAndTheDoneBar_AndTellsTheNumbersInText()
    {
        var last = Week() with { Number = 6, PhaseWeek = 1, IsCurrent = false, DoneKm = 44, Monday = new DateOnly(2026, 11, 16), Sunday = new DateOnly(2026, 11, 22) };
        var over = Week() with { Number = 7, DoneKm = 60, Overdoing = true };

        var cut = Render<WeekChart>(p => p.Add(c => c.Weeks, [last, over]).Add(c => c.Unit, DistanceUnit.Kilometres));

        // The top is 60 km + 10% = 66 km over 100 units: the band spans 41–48 km, the bars 44 and 60 km.
        var band = cut.Find("rect.chart-band[data-week='6']");
        double.Parse(band.GetAttribute("y")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(100 - (48 / 66.0 * 100), 0.01);
        double.Parse(band.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(7 / 66.0 * 100, 0.01);
        double.Parse(cut.Find("rect.chart-done[data-week='6']").GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(44 / 66.0 * 100, 0.01);
        cut.Find("rect.chart-done[data-week='7']").ClassList.ShouldContain("chart-over");
        cut.FindAll("rect.chart-current").Count.ShouldBe(1);
        var svg = cut.Find("svg");
        svg.GetAttribute("role").ShouldBe("img");
        cut.Find($"#{svg.GetAttribute("aria-labelledby")}").TextContent.ShouldContain("Distance per week");
        var rows = cut.FindAll("[data-testid=week-chart-table] tbody tr");
        rows.Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim())))
            .ShouldBe(["Off-season week 1 | 41–48 km | 44 km", "Off-season week 2 | 41–48 km | 60 km"]);
    }

    private static SeasonWeekDto Week()
    {
        var monday = new DateOnly(2026, 11, 23);
        var medium = DistanceRange.Create(10, 12);
        var tuesdayLog = new LogEntryDto(Guid.NewGuid(), monday.AddDays(1), LogEntryKind.Done, 0, "Medium run", medium, 11, TimeSpan.FromMinutes(66), 360, 5, null, false);
        SeasonSessionDto[] sessions =
        [
            new(monday, 0, SessionType.Rest, "Rest day", null, null, null, null, null),
            new(monday.AddDays(1), 0, SessionType.MediumRun, "Medium run", medium, null, null,
                new SeasonCrewRunDto(TuesdayRun, "Tuesday evening run", new DateTime(2026, 11, 24, 18, 0, 0), OccurrenceStatus.Scheduled, true, new MyRegistrationDto(RegistrationStatus.Confirmed, null, "5:45", false)), tuesdayLog),
            new(new DateOnly(2026, 11, 21), 0, SessionType.EasyRun, "Easy run", DistanceRange.Create(5, 6), null, null, null, null),
            new(monday.AddDays(6), 0, SessionType.LongRun, "Long run", DistanceRange.Create(16, 18), null, null,
                new SeasonCrewRunDto(SundayRun, "Sunday long run", new DateTime(2026, 11, 29, 8, 0, 0), OccurrenceStatus.Scheduled, false, null), null),
        ];
        var other = new LogEntryDto(OtherRun, monday.AddDays(2), LogEntryKind.Extra, null, "Trail with friends", null, 8, null, null, null, null, false);
        return new SeasonWeekDto(7, SeasonPhase.OffSeason, 2, monday, monday.AddDays(6), 1, DistanceRange.Create(41, 48), 19, false, false, true, false, false, false, false, sessions, [other]);
    }
}
