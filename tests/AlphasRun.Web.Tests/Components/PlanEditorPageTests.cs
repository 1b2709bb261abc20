using System.Security.Claims;
using AlphasRun.Application;
using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;
using AlphasRun.Infrastructure.Persistence;
using AlphasRun.Web.Features.CoachPlans;
using AlphasRun.Web.Tests.Support;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace AlphasRun.Web.Tests.Components;

/// <summary>The plan editor driven through its markup, over the real plan use cases and a real SQLite file.</summary>
public sealed class PlanEditorPageTests : MudTestContext
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "alphasrun-bunit", Guid.NewGuid().ToString("N"));
    private readonly Guid _planId = Guid.NewGuid();

    public PlanEditorPageTests()
    {
        Directory.CreateDirectory(_folder);
        Services.AddApplication(new ConfigurationBuilder().Build());
        // The app's Identity schema version shapes the model; without it the migrations look out of date.
        Services.Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3);
        Services.AddDbContextFactory<AlphasRunDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(_folder, "plans.db")};Pooling=False"));
        Services.AddSingleton<IAlphasRunDbFactory, TestDbFactory>();
        Services.AddSingleton<ICurrentUser, Coach>();
        Services.AddSingleton<IAccountStatus, Coach>();
        var auth = AddAuthorization();
        auth.SetAuthorized("Sam Coach");
        auth.SetRoles(Roles.Coach);
        auth.SetPolicies(Policies.CanEditPlans);
        UseInteractiveServer();
    }

    [Fact]
    public async Task AddingASession_UpdatesTheWeekTotalAndTheChart()
    {
        var cut = await RenderEditorAsync();
        cut.Find("[data-testid=week-editor-total]").TextContent.ShouldBe("Week total: 41–48 km");

        cut.Find("li[data-day=Saturday] [data-testid=add-session]").Click();
        var added = cut.FindAll("li[data-day=Saturday] .session-editor")[^1];
        Input(added, "session-min").Input("3");
        Input(cut.FindAll("li[data-day=Saturday] .session-editor")[^1], "session-max").Input("4");

        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=week-editor-total]").TextContent.ShouldBe("Week total: 44–52 km");
            var bar = cut.Find(".volume-bar[data-week='1']");
            bar.GetAttribute("data-min").ShouldBe("44");
            bar.GetAttribute("data-max").ShouldBe("52");
            cut.Find("[data-testid=unsaved]").TextContent.ShouldBe("Unsaved changes");
        });
    }

    [Fact]
    public async Task MinAboveMax_ShowsOneReadableLineUnderTheDistances_NotTextSqueezedInsideTheField()
    {
        var cut = await RenderEditorAsync();
        var sunday = cut.Find("li[data-day=Sunday] .session-editor");

        Input(sunday, "session-min").Input("20");

        cut.WaitForAssertion(() =>
        {
            var session = cut.Find("li[data-day=Sunday] .session-editor");
            session.QuerySelector("[data-testid=session-distance-error]")!.TextContent.ShouldBe("The longest distance cannot be less than the shortest.");
            session.QuerySelectorAll(".session-km .mud-input-helper-text").Where(e => e.TextContent.Trim().Length > 0).ShouldBeEmpty();
        });
    }

    [Fact]
    public async Task A500KmSession_ShowsTheLimitRightAtItsDistanceFields()
    {
        var cut = await RenderEditorAsync();

        Input(cut.Find("li[data-day=Sunday] .session-editor"), "session-min").Input("500");
        Input(cut.Find("li[data-day=Sunday] .session-editor"), "session-max").Input("500");

        cut.WaitForAssertion(() =>
            cut.Find("li[data-day=Sunday] .session-editor [data-testid=session-distance-error]").TextContent
                .ShouldBe("A session cannot be longer than 100 km."));
    }

    [Fact]
    public async Task TheVolumeChart_OfAOneWeekPlan_HasAKilometreScale()
    {
        var cut = await RenderEditorAsync();

        cut.FindAll("[data-testid=volume-scale] li").Select(li => li.TextContent).ShouldBe(["0 km", "24 km", "48 km"]);
    }

    [Fact]
    public async Task ASecondLongRun_ShowsTheErrorAndBlocksSaving()
    {
        var cut = await RenderEditorAsync();

        await ChooseTypeAsync(cut, DayOfWeek.Saturday, SessionType.LongRun);

        cut.WaitForAssertion(() =>
        {
            cut.Find("li[data-day=Sunday]").TextContent.ShouldContain("Week 1 already has a long run on Saturday; a week has at most one.");
            cut.Find("[data-testid=check-error]").TextContent.ShouldContain("a week has at most one");
            cut.Find("[data-testid=save-draft]").HasAttribute("disabled").ShouldBeTrue();
        });
    }

    [Fact]
    public async Task ALongRunOverFortyPercent_WarnsButSaving_StillWorks()
    {
        var cut = await RenderEditorAsync();
        var sunday = cut.Find("li[data-day=Sunday] .session-editor");
        Input(sunday, "session-min").Input("18");
        Input(cut.Find("li[data-day=Sunday] .session-editor"), "session-max").Input("20");

        cut.WaitForAssertion(() => cut.Find("[data-testid=check-warning]").TextContent.ShouldContain("The long run (18–20 km) is 41% of week 1's 43–50 km"));
        await cut.Find("[data-testid=save-draft]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        cut.WaitForAssertion(() => cut.Find("[data-testid=editor-message]").TextContent.ShouldStartWith("Draft saved."));
        cut.FindAll("[data-testid=unsaved]").ShouldBeEmpty();
    }

    [Fact]
    public async Task ADistanceOverTheLimit_IsExplainedBesideTheField()
    {
        var cut = await RenderEditorAsync();

        Input(cut.Find("li[data-day=Sunday] .session-editor"), "session-max").Input("101");

        cut.WaitForAssertion(() =>
        {
            cut.Find("li[data-day=Sunday]").TextContent.ShouldContain("A session cannot be longer than 100 km.");
            cut.Find("[data-testid=save-draft]").HasAttribute("disabled").ShouldBeTrue();
        });
    }

    [Fact]
    public async Task CopyWeek_CopiesTheSessionsIntoTheOtherWeek()
    {
        var cut = await RenderEditorAsync(weeks: 2);
        var sunday = cut.Find("li[data-day=Sunday] .session-editor");
        Input(sunday, "session-min").Input("17");
        Input(cut.Find("li[data-day=Sunday] .session-editor"), "session-max").Input("19");

        var copyTarget = cut.FindComponent<MudSelect<int>>();
        await cut.InvokeAsync(() => copyTarget.Instance.ValueChanged.InvokeAsync(2));
        await cut.Find("[data-testid=copy-week]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        cut.FindAll("[data-testid=week-tab]")[1].Click();

        cut.WaitForAssertion(() =>
        {
            cut.Find("section[data-week='2'] [data-testid=week-editor-total]").TextContent.ShouldBe("Week total: 42–49 km");
            cut.Find(".volume-bar[data-week='2']").GetAttribute("data-max").ShouldBe("49");
            cut.Find("[data-testid=editor-message]").TextContent.ShouldBe("Week 1 copied to week 2.");
        });
    }

    [Fact]
    public async Task MarkupInASessionTitle_IsShownAsText()
    {
        var cut = await RenderEditorAsync(title: "<b onmouseover=alert(1)>Long</b>");

        cut.FindAll("b").ShouldBeEmpty();
        cut.Find("li[data-day=Sunday] [data-testid=session-title] input, li[data-day=Sunday] input[data-testid=session-title]")
            .GetAttribute("value").ShouldBe("<b onmouseover=alert(1)>Long</b>");
        cut.Find("li[data-day=Sunday] [aria-label^='Remove']").GetAttribute("aria-label").ShouldBe("Remove <b onmouseover=alert(1)>Long</b>");
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private async Task<IRenderedComponent<CascadingValue<ClientPreferences>>> RenderEditorAsync(int weeks = 1, string title = "Long run")
    {
        var factory = Services.GetRequiredService<IDbContextFactory<AlphasRunDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            var week = new PlanSession[]
            {
                new(DayOfWeek.Monday, SessionType.Rest, null, "Rest day"),
                new(DayOfWeek.Tuesday, SessionType.MediumRun, DistanceRange.Create(10, 12), "Medium run"),
                new(DayOfWeek.Thursday, SessionType.MediumRun, DistanceRange.Create(10, 12), "Medium run"),
                new(DayOfWeek.Saturday, SessionType.EasyRun, DistanceRange.Create(5, 6), "Easy run"),
                new(DayOfWeek.Sunday, SessionType.LongRun, DistanceRange.Create(16, 18), title),
            };
            var plan = new TrainingPlan(_planId, "Off-season week", "off-season", PlanAudience.Marathon, "Words",
                new PlanContent([.. Enumerable.Range(1, weeks).Select(n => new PlanWeek(n, week))]), DateTime.UtcNow, "coach");
            plan.Publish(DateTime.UtcNow, "coach");
            db.TrainingPlans.Add(plan);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var cut = Render<CascadingValue<ClientPreferences>>(p => p
            .Add(c => c.Value, new ClientPreferences(DistanceUnit.Kilometres, darkMode: false))
            .Add(c => c.IsFixed, true)
            .AddChildContent<PlanEditorPage>(e => e.Add(x => x.Id, _planId)));
        cut.WaitForElement("[data-testid=week-editor-total]");
        return cut;
    }

    private static async Task ChooseTypeAsync(IRenderedComponent<CascadingValue<ClientPreferences>> cut, DayOfWeek day, SessionType type)
    {
        // Type selects render in the same order as the sessions on the page.
        var sessions = cut.FindAll(".session-editor").ToList();
        var index = sessions.FindIndex(s => s.Closest("li[data-day]")!.GetAttribute("data-day") == day.ToString());
        var select = cut.FindComponents<MudSelect<SessionType>>()[index];
        await cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(type));
    }

    private static IElement Input(IElement session, string testId)
    {
        var element = session.QuerySelector($"[data-testid={testId}]")!;
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }

    private sealed class TestDbFactory(IDbContextFactory<AlphasRunDbContext> factory) : IAlphasRunDbFactory
    {
        public async Task<IAlphasRunDb> CreateAsync(CancellationToken cancellationToken = default) =>
            await factory.CreateDbContextAsync(cancellationToken);
    }

    private sealed class Coach : ICurrentUser, IAccountStatus
    {
        public Task<IReadOnlyList<string>?> CurrentRolesAsync(string userId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<string>?>([Roles.Coach]);

        public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "coach-1"), new Claim(ClaimTypes.Name, "Sam Coach"), new Claim(ClaimTypes.Role, Roles.Coach)],
            "Test")));
    }
}
