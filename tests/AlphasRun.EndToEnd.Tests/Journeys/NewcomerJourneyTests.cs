using AlphasRun.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>What a newcomer tripped over as a member and a reader (issue #12): undo, the guide's measure, the join form on a phone.</summary>
public sealed class NewcomerJourneyTests(AlphasRunApp app) : Journey(app)
{
    [Fact]
    public async Task Member_CancelsTheirPlace_ThenTapsUndo_AndIsBackIn()
    {
        var member = await NewVisitorAsync();
        await member.JoinsTheCrewAsync(Member.New("Noor", "Haddad"));
        // The last Thursday listed: no other journey registers for it.
        var thursday = await member.RegistersForARunAsync(v => v.RunsOn("Thursday").Last);
        var run = member.Run(thursday);

        await member.SubmitsAsync(run.GetByTestId("cancel"));
        var message = member.Page.GetByTestId("runs-message");
        await Expect(message).ToContainTextAsync("Your place is cancelled.");
        await Expect(run.GetByTestId("my-status")).ToHaveCountAsync(0);

        await member.SubmitsAsync(message.GetByRole(AriaRole.Button, new() { Name = "Undo" }));
        await Expect(message).ToContainTextAsync("Undone: you're back in.");
        await Expect(run.GetByTestId("my-status")).ToContainTextAsync("You're in");
        await Expect(message.GetByRole(AriaRole.Button, new() { Name = "Undo" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Reader_OnADesktop_ReadsTheGuideAtAReadableMeasure_WithItsContentsNumberedOnce()
    {
        var reader = await NewVisitorAsync();
        await reader.OpensAsync("/guide");

        // Nothing outlines the page title on arrival (Blazor's FocusOnNavigate did, with a black box).
        (await reader.Page.EvaluateAsync<string>("() => document.activeElement?.tagName ?? ''")).ShouldNotBe("H1");

        // About 70 characters a line (70ch is about 45em in this font), far narrower than the 1,280 px (80em) window.
        var measure = await reader.Page.EvaluateAsync<double>(
            "() => { const p = document.querySelector('.guide-section .markdown p'); return p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize); }");
        measure.ShouldBeLessThanOrEqualTo(48, "a guide paragraph should be about 70 characters wide, not the whole window");

        // The titles carry their numbers ("1. Recover first"): the list adds none.
        var markers = await reader.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('nav[aria-label=\"Guide contents\"] li')].map(li => getComputedStyle(li).listStyleType)");
        markers.ShouldNotBeEmpty();
        markers.ShouldAllBe(m => m == "none");
    }

    [Fact]
    public async Task Newcomer_OnAPhone_ReadsEveryJoinFormLabelWhole()
    {
        var newcomer = await NewVisitorAsync(phone: true);
        await newcomer.OpensAsync("/join");
        (await newcomer.Page.Locator("main form label").CountAsync()).ShouldBeGreaterThan(8);

        var cut = await newcomer.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main form label')].filter(l => l.scrollWidth > l.clientWidth + 1).map(l => l.textContent)");
        cut.ShouldBeEmpty("these labels are cut off on a 360 px screen");
        await Expect(newcomer.Page.GetByLabel("Usual easy pace (optional)")).ToBeVisibleAsync();
    }
}
