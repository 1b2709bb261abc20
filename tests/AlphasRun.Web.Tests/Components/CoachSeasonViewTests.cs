using System.Text.RegularExpressions;
using AlphasRun.Application.Common;
using AlphasRun.Application.Seasons;
using AlphasRun.Application.Seasons.Coaching;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Seasons;
using AlphasRun.Web.Features.CoachSeasons;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Components;

/// <summary>The coach's view of a sharing member's season (issue #11 item 3): the flags in a coach's words, the weeks and the notes.</summary>
public sealed class CoachSeasonViewTests : MudTestContext
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void Flags_OverdoingAndDrifting_AreWordedForACoachWithHowFarOverTheTop()
    {
        var cut = Render<CoachSeasonView>(p => p.Add(c => c.Season, Season(thisWeekKm: 60.4m, lastWeeksKm: [15, 12])));

        var flags = cut.Find("[data-testid=compliance-flags]");
        flags.QuerySelector("[data-flag=overdoing]")!.TextContent.Trim()
            .ShouldBe("Doing more than planned: 12.4 km over the top of the range this week (60.4 km done, 41–48 km planned).");
        flags.QuerySelector("[data-flag=drifting]")!.TextContent.Trim().ShouldBe("Drifting: under half the plan two weeks running.");
        flags.QuerySelector("[data-flag=none]").ShouldBeNull();
        cut.Find("h1").TextContent.ShouldBe("Maya Chen's season");
        cut.Find("[data-testid=this-week]").TextContent.ShouldStartWith("Off-season week 4: 60.4 km of 41–48 km");
    }

    [Fact]
    public void Flags_InMiles_SayTheDistanceOverInMiles()
    {
        var cut = Render<CoachSeasonView>(p => p
            .Add(c => c.Season, Season(thisWeekKm: 60.4m, lastWeeksKm: [40, 44]))
            .Add(c => c.Units, DistanceUnit.Miles));

        cut.Find("[data-flag=overdoing]").TextContent.ShouldContain("Doing more than planned: 7.7 mi over the top of the range this week");
        cut.FindAll("[data-flag=drifting]").ShouldBeEmpty();
    }

    [Fact]
    public void OnPlan_SaysNoFlags_AndShowsTheWeeksNewestFirstWithTheMembersNotes()
    {
        var cut = Render<CoachSeasonView>(p => p.Add(c => c.Season, Season(thisWeekKm: 11, lastWeeksKm: [42, 45])));

        cut.Find("[data-flag=none]").TextContent.ShouldStartWith("No flags");
        cut.FindAll("[data-flag=overdoing], [data-flag=drifting]").ShouldBeEmpty();
        var weeks = cut.FindAll("li.season-week");
        weeks.Select(w => w.GetAttribute("data-week")).ShouldBe(["8", "7", "6", "5", "4"]); // up to this week, not the weeks to come
        weeks[0].QuerySelector("[data-testid=week-status]")!.TextContent.ShouldBe("This week, so far");
        weeks[0].QuerySelector("[data-testid=week-numbers]")!.TextContent.ShouldBe("Planned 41–48 km · done 11 km");
        Text(weeks[0]).ShouldContain("Done: 11 km in 1:06:00 (6:00/km), effort 5/10");
        weeks[0].QuerySelector("q[data-testid=log-note]")!.TextContent.ShouldBe("Windy on Birchmount");
        Text(weeks[0]).ShouldContain("Sun Nov 29 · Long run (16–18 km) — planned");
        weeks[1].QuerySelector("[data-testid=week-status]")!.TextContent.ShouldBe("On plan");
        weeks[4].QuerySelector("[data-testid=week-status]")!.TextContent.ShouldBe("Recovery: easy and optional");
    }

    [Fact]
    public void SharedSeasonsList_CompactFlags_OneLinePerFlag()
    {
        var compliance = SeasonComplianceDto.Of(Season(thisWeekKm: 60.4m, lastWeeksKm: [15, 12]).Season);

        var cut = Render<ComplianceFlags>(p => p.Add(c => c.Compliance, compliance).Add(c => c.Compact, true));

        cut.FindAll(".season-flag").Select(f => f.TextContent).ShouldBe([
            "Doing more than planned: 12.4 km over the top of the range this week",
            "Drifting: under half the plan two weeks running",
        ]);
    }

    private static string Text(AngleSharp.Dom.IElement element) => Regex.Replace(element.TextContent, @"\s+", " ").Trim();

    /// <summary>
    /// A marathon on 4 October, four weeks of recovery, then off-season weeks of 41–48 km from 2 November:
    /// weeks 2 and 3 finished with <paramref name="lastWeeksKm"/>, week 4 (this week, 23–29 November) with <paramref name="thisWeekKm"/>.
    /// </summary>
    private static CoachSeasonDto Season(decimal thisWeekKm, decimal[] lastWeeksKm)
    {
        var planned = DistanceRange.Create(41, 48);
        var weeks = new List<SeasonWeekDto>
        {
            Week(4, SeasonPhase.Recovery, 4, new DateOnly(2026, 10, 26), null, 0),
            Week(5, SeasonPhase.OffSeason, 1, new DateOnly(2026, 11, 2), planned, 44),
        };
        for (var i = 0; i < lastWeeksKm.Length; i++)
        {
            weeks.Add(Week(6 + i, SeasonPhase.OffSeason, 2 + i, new DateOnly(2026, 11, 9).AddDays(7 * i), planned, lastWeeksKm[i], previousUnderHalf: i > 0 && lastWeeksKm[i - 1] < 20.5m));
        }

        var tuesday = new LogEntryDto(Guid.NewGuid(), new DateOnly(2026, 11, 24), LogEntryKind.Done, 0, "Medium run", DistanceRange.Create(10, 12), 11, TimeSpan.FromMinutes(66), 360, 5, "Windy on Birchmount", false);
        var current = Week(8, SeasonPhase.OffSeason, 4, new DateOnly(2026, 11, 23), planned, thisWeekKm) with
        {
            Sessions =
            [
                new SeasonSessionDto(new DateOnly(2026, 11, 24), 0, SessionType.MediumRun, "Medium run", DistanceRange.Create(10, 12), null, null, null, tuesday),
                new SeasonSessionDto(new DateOnly(2026, 11, 29), 0, SessionType.LongRun, "Long run", DistanceRange.Create(16, 18), null, null, null, null),
            ],
        };
        weeks.Add(current);
        weeks.Add(Week(9, SeasonPhase.OffSeason, 5, new DateOnly(2026, 11, 30), planned, 0));
        var report = new SeasonReportDto(
            Guid.NewGuid(), "Maya Chen", new RaceDetails(new DateOnly(2026, 10, 4), PlanAudience.Marathon, new TimeSpan(3, 58, 20), 4), Today,
            new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2), null, null, "Off-season week for marathoners", PlanSlugs.Marathon, true,
            weeks, Streak: current.OnPlan ? 1 : 0, Overdoing: current.Overdoing, Drifting: weeks[^3].Drifting);
        return new CoachSeasonDto(report, SeasonComplianceDto.Of(report));
    }

    private static SeasonWeekDto Week(int number, SeasonPhase phase, int phaseWeek, DateOnly monday, DistanceRange? planned, decimal doneKm, bool previousUnderHalf = false)
    {
        var finished = Today > monday.AddDays(6);
        var overdoing = planned is not null && doneKm > planned.MaxKm * 1.1m;
        var underHalf = planned is not null && finished && doneKm < planned.MinKm / 2;
        return new SeasonWeekDto(
            number, phase, phaseWeek, monday, monday.AddDays(6), planned is null ? null : 1, planned, doneKm, false, finished,
            monday <= Today && Today <= monday.AddDays(6), planned is not null && doneKm >= planned.MinKm && !overdoing, overdoing, underHalf,
            underHalf && previousUnderHalf, [], []);
    }
}
