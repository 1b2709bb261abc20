using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.Plans.Editing;
using AlphasRun.Application.Plans.Editing.ArchivePlan;
using AlphasRun.Application.Plans.Editing.CreatePlan;
using AlphasRun.Application.Plans.Editing.DuplicatePlan;
using AlphasRun.Application.Plans.Editing.GetPlanForEditing;
using AlphasRun.Application.Plans.Editing.GetPlanVersion;
using AlphasRun.Application.Plans.Editing.ListPlanVersions;
using AlphasRun.Application.Plans.Editing.ListPlans;
using AlphasRun.Application.Plans.Editing.PublishPlan;
using AlphasRun.Application.Plans.Editing.RestorePlanVersion;
using AlphasRun.Application.Plans.Editing.SavePlanDraft;
using AlphasRun.Application.Plans.GetPublishedPlan;
using AlphasRun.Application.Plans.ListPublishedPlans;
using AlphasRun.Application.Tests.Support;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Tests.Plans;

public sealed class PlanEditorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_ForACoach_ShowsBothSeededPlansPublished()
    {
        await using var app = await StartAsCoachAsync();

        var plans = (await app.Get<IUseCases>().SendAsync(new ListPlans(), Ct)).Value!;

        plans.Select(p => p.Slug).ShouldBe([PlanSlugs.Marathon, PlanSlugs.HalfMarathon]);
        plans.ShouldAllBe(p => p.Status == PlanStatus.Published && p.Weeks == 1 && p.LatestVersion == 1 && !p.HasUnpublishedChanges);
    }

    [Theory]
    [InlineData(Roles.Runner)]
    [InlineData(null)]
    public async Task EveryMethod_ForARunnerOrAnonymous_IsForbiddenAndChangesNothing(string? role)
    {
        await using var app = await StartAsCoachAsync();
        var editor = app.Get<IUseCases>();
        var (id, model) = await LoadMarathonAsync(app);
        if (role is null)
        {
            app.User.SignOut();
        }
        else
        {
            app.User.SignIn("runner-1", role);
        }

        model.Name = "Hacked";
        (await editor.SendAsync(new ListPlans(), Ct)).IsForbidden.ShouldBeTrue();
        (await editor.SendAsync(new GetPlanForEditing(id), Ct)).IsForbidden.ShouldBeTrue();
        (await editor.SendAsync(new SavePlanDraft(model), Ct)).IsForbidden.ShouldBeTrue();
        (await editor.SendAsync(new CreatePlan(new NewPlanForm { Name = "Mine" }), Ct)).IsForbidden.ShouldBeTrue();
        (await editor.SendAsync(new DuplicatePlan(id, new DuplicatePlanForm { Name = "Mine" }), Ct)).IsForbidden.ShouldBeTrue();
        (await editor.SendAsync(new ArchivePlan(id), Ct)).IsForbidden.ShouldBeTrue();
        (await editor.SendAsync(new ArchivePlan(id, Archive: false), Ct)).IsForbidden.ShouldBeTrue();
        (await editor.SendAsync(new PublishPlan(id, model.ConcurrencyToken), Ct)).IsForbidden.ShouldBeTrue();
        (await editor.SendAsync(new ListPlanVersions(id), Ct)).IsForbidden.ShouldBeTrue();
        (await editor.SendAsync(new RestorePlanVersion(id, 1, model.ConcurrencyToken), Ct)).IsForbidden.ShouldBeTrue();
        (await editor.SendAsync(new GetPlanVersion(id, 1), Ct)).IsForbidden.ShouldBeTrue();

        app.User.SignIn("coach-1", Roles.Coach);
        (await LoadMarathonAsync(app)).Model.Name.ShouldNotBe("Hacked");
    }

    [Fact]
    public async Task SaveDraft_RunnersKeepSeeingThePublishedVersionUntilPublish()
    {
        await using var app = await StartAsCoachAsync();
        var editor = app.Get<IUseCases>();
        var (id, model) = await LoadMarathonAsync(app);
        SetLongRun(model, 18, 20);

        var saved = await editor.SendAsync(new SavePlanDraft(model), Ct);

        saved.Succeeded.ShouldBeTrue(saved.Message);
        (await PublicLongRunAsync(app)).ShouldBe("16–18 km");
        (await editor.SendAsync(new GetPlanForEditing(id), Ct)).Value!.HasUnpublishedChanges.ShouldBeTrue();

        var published = await editor.SendAsync(new PublishPlan(id, saved.Value!.ConcurrencyToken), Ct);

        published.Succeeded.ShouldBeTrue(published.Message);
        published.Value!.Number.ShouldBe(2);
        published.Value.ChangeSummary.ShouldBe("Week 1 Sunday long run 16–18 → 18–20 km.");
        published.Value.PublishedBy.ShouldBe("coach-1");
        (await PublicLongRunAsync(app)).ShouldBe("18–20 km");
        var plan = await app.Get<IUseCases>().SendAsync(new GetPublishedPlan(PlanSlugs.Marathon), Ct);
        plan!.ChangeSummary.ShouldBe("Week 1 Sunday long run 16–18 → 18–20 km.");
        (await editor.SendAsync(new ListPlanVersions(id), Ct)).Value!.Select(v => v.Number).ShouldBe([2, 1]);
    }

    [Fact]
    public async Task Publish_WithNothingChanged_IsRefusedPolitely()
    {
        await using var app = await StartAsCoachAsync();
        var (id, model) = await LoadMarathonAsync(app);

        var result = await app.Get<IUseCases>().SendAsync(new PublishPlan(id, model.ConcurrencyToken), Ct);

        result.Message.ShouldBe("Nothing to publish: the draft is the same as version 1.");
    }

    [Fact]
    public async Task SaveDraft_TwoCoachesFromTheSameLoad_SecondIsToldWhoSavedAndFirstEditStays()
    {
        await using var app = await StartAsCoachAsync();
        var editor = app.Get<IUseCases>();
        var (_, first) = await LoadMarathonAsync(app);
        var (_, second) = await LoadMarathonAsync(app);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 23, 42, 0, TimeSpan.Zero));
        app.User.SignIn("Sam Coach", Roles.Coach);
        SetLongRun(first, 18, 20);
        (await editor.SendAsync(new SavePlanDraft(first), Ct)).Succeeded.ShouldBeTrue();

        app.User.SignIn("Alex Coach", Roles.Coach);
        SetLongRun(second, 20, 22);
        var result = await editor.SendAsync(new SavePlanDraft(second), Ct);

        result.Succeeded.ShouldBeFalse();
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Field.ShouldBe(ConflictProblem.Field);
        problem.Message.ShouldStartWith("Sam Coach saved this plan at 6:42 PM on November 26, while you were editing it.");
        var (_, now) = await LoadMarathonAsync(app);
        LongRun(now).ShouldBe((18m, 20m));
    }

    [Fact]
    public async Task SaveDraft_WithAnError_IsRefusedWithTheFieldButWarningsDoNotBlock()
    {
        await using var app = await StartAsCoachAsync();
        var editor = app.Get<IUseCases>();
        var (_, model) = await LoadMarathonAsync(app);
        var saturday = model.Weeks[0].Sessions.Single(s => s.Day == DayOfWeek.Saturday);
        saturday.Type = SessionType.LongRun;

        var refused = await editor.SendAsync(new SavePlanDraft(model), Ct);

        refused.Problems.ShouldContain(p => p.Message == "Week 1 already has a long run on Saturday; a week has at most one." && p.Field!.EndsWith(".Type"));

        saturday.Type = SessionType.EasyRun;
        SetLongRun(model, 20, 22);
        (await editor.SendAsync(new SavePlanDraft(model), Ct)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task SaveDraft_WithAnotherPlansSlug_PutsTheMessageOnTheSlug()
    {
        await using var app = await StartAsCoachAsync();
        var (_, model) = await LoadMarathonAsync(app);
        model.Slug = PlanSlugs.HalfMarathon;

        var result = await app.Get<IUseCases>().SendAsync(new SavePlanDraft(model), Ct);

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Field.ShouldBe(nameof(PlanEditModel.Slug));
        problem.Message.ShouldBe("Another plan already uses /plans/off-season-half-marathon; choose another web address.");
    }

    [Fact]
    public async Task SaveDraft_MarkupInNames_IsStoredAsText()
    {
        await using var app = await StartAsCoachAsync();
        var editor = app.Get<IUseCases>();
        var (id, model) = await LoadMarathonAsync(app);
        model.Weeks[0].Sessions[0].Notes = "<script>alert(1)</script>";
        model.Description = "Hi <img src=x onerror=alert(1)> [link](javascript:alert(1))";

        var saved = await editor.SendAsync(new SavePlanDraft(model), Ct);
        await editor.SendAsync(new PublishPlan(id, saved.Value!.ConcurrencyToken), Ct);

        var plan = (await app.Get<IUseCases>().SendAsync(new GetPublishedPlan(PlanSlugs.Marathon), Ct))!;
        plan.Weeks[0].Days[0].Sessions[0].Notes.ShouldBe("<script>alert(1)</script>");
        plan.DescriptionHtml.ShouldNotContain("<img");
        plan.DescriptionHtml.ShouldContain("&lt;img");
        plan.DescriptionHtml.ShouldNotContain("javascript:");
    }

    [Fact]
    public async Task Duplicate_WithAFactor_ScalesDistancesIntoANewDraft()
    {
        await using var app = await StartAsCoachAsync();
        var editor = app.Get<IUseCases>();
        var (id, _) = await LoadMarathonAsync(app);

        var copy = await editor.SendAsync(new DuplicatePlan(id, new DuplicatePlanForm { Name = "Spring half block", Audience = PlanAudience.HalfMarathon, DistanceFactor = 0.5m }), Ct);

        copy.Succeeded.ShouldBeTrue(copy.Message);
        var loaded = (await editor.SendAsync(new GetPlanForEditing(copy.Value), Ct)).Value!;
        loaded.Status.ShouldBe(PlanStatus.Draft);
        loaded.Versions.ShouldBeEmpty();
        loaded.Model.Slug.ShouldBe("spring-half-block");
        LongRun(loaded.Model).ShouldBe((8m, 9m));
        (await app.Get<IUseCases>().SendAsync(new ListPublishedPlans(), Ct)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Duplicate_WithAFactorBreakingTheLimit_ExplainsOnTheFactor()
    {
        await using var app = await StartAsCoachAsync();
        var (id, _) = await LoadMarathonAsync(app);

        var result = await app.Get<IUseCases>().SendAsync(new DuplicatePlan(id, new DuplicatePlanForm { Name = "Silly", DistanceFactor = 3m }), Ct);

        result.Succeeded.ShouldBeTrue();
        var tooFar = await app.Get<IUseCases>().SendAsync(new DuplicatePlan(result.Value, new DuplicatePlanForm { Name = "Sillier", DistanceFactor = 3m }), Ct);
        tooFar.Problems.ShouldHaveSingleItem().Field.ShouldBe(nameof(DuplicatePlanForm.DistanceFactor));
    }

    [Fact]
    public async Task Create_GivesAUniqueSlugAndAWeekOfRest()
    {
        await using var app = await StartAsCoachAsync();
        var editor = app.Get<IUseCases>();

        var first = await editor.SendAsync(new CreatePlan(new NewPlanForm { Name = "Base building!" }), Ct);
        var second = await editor.SendAsync(new CreatePlan(new NewPlanForm { Name = "Base building" }), Ct);

        (await editor.SendAsync(new GetPlanForEditing(first.Value), Ct)).Value!.Model.Slug.ShouldBe("base-building");
        var model = (await editor.SendAsync(new GetPlanForEditing(second.Value), Ct)).Value!.Model;
        model.Slug.ShouldBe("base-building-2");
        model.Weeks.ShouldHaveSingleItem().Sessions.Count.ShouldBe(7);
        (await editor.SendAsync(new CreatePlan(new NewPlanForm { Name = "" }), Ct)).Problems.ShouldHaveSingleItem().Field.ShouldBe("Name");
    }

    [Fact]
    public async Task Archive_HidesThePlanFromRunners_RestoreBringsItBack()
    {
        await using var app = await StartAsCoachAsync();
        var editor = app.Get<IUseCases>();
        var (id, _) = await LoadMarathonAsync(app);

        (await editor.SendAsync(new ArchivePlan(id), Ct)).Succeeded.ShouldBeTrue();
        (await app.Get<IUseCases>().SendAsync(new GetPublishedPlan(PlanSlugs.Marathon), Ct)).ShouldBeNull();

        (await editor.SendAsync(new ArchivePlan(id, Archive: false), Ct)).Succeeded.ShouldBeTrue();
        (await app.Get<IUseCases>().SendAsync(new GetPublishedPlan(PlanSlugs.Marathon), Ct)).ShouldNotBeNull();
    }

    [Fact]
    public async Task RestoreVersion_PutsTheOldWeekBackAsTheDraftOnly()
    {
        await using var app = await StartAsCoachAsync();
        var editor = app.Get<IUseCases>();
        var (id, model) = await LoadMarathonAsync(app);
        SetLongRun(model, 18, 20);
        var saved = await editor.SendAsync(new SavePlanDraft(model), Ct);
        var v2 = await editor.SendAsync(new PublishPlan(id, saved.Value!.ConcurrencyToken), Ct);
        var token = (await editor.SendAsync(new GetPlanForEditing(id), Ct)).Value!.Model.ConcurrencyToken;

        var restored = await editor.SendAsync(new RestorePlanVersion(id, 1, token), Ct);

        restored.Succeeded.ShouldBeTrue(restored.Message);
        LongRun((await LoadMarathonAsync(app)).Model).ShouldBe((16m, 18m));
        (await PublicLongRunAsync(app)).ShouldBe("18–20 km");
        v2.Value!.Number.ShouldBe(2);
        var v1 = (await editor.SendAsync(new GetPlanVersion(id, 1), Ct)).Value!;
        v1.Weeks[0].Days.Single(d => d.Day == DayOfWeek.Sunday).Sessions[0].Distance!.Format(DistanceUnit.Kilometres).ShouldBe("16–18 km");
        (await editor.SendAsync(new GetPlanVersion(id, 9), Ct)).IsNotFound.ShouldBeTrue();
    }

    private static async Task<TestDatabase> StartAsCoachAsync()
    {
        var app = await TestDatabase.StartAsync();
        app.User.SignIn("coach-1", Roles.Coach);
        return app;
    }

    private static async Task<(Guid Id, PlanEditModel Model)> LoadMarathonAsync(TestDatabase app)
    {
        var editor = app.Get<IUseCases>();
        var id = (await editor.SendAsync(new ListPlans(), Ct)).Value!.Single(p => p.Slug == PlanSlugs.Marathon).Id;
        return (id, (await editor.SendAsync(new GetPlanForEditing(id), Ct)).Value!.Model);
    }

    private static void SetLongRun(PlanEditModel model, decimal min, decimal max)
    {
        var session = model.Weeks[0].Sessions.Single(s => s.Type == SessionType.LongRun);
        session.MinKm = min;
        session.MaxKm = max;
    }

    private static (decimal? Min, decimal? Max) LongRun(PlanEditModel model)
    {
        var session = model.Weeks[0].Sessions.Single(s => s.Type == SessionType.LongRun);
        return (session.MinKm, session.MaxKm);
    }

    private static async Task<string> PublicLongRunAsync(TestDatabase app)
    {
        var plan = (await app.Get<IUseCases>().SendAsync(new GetPublishedPlan(PlanSlugs.Marathon), Ct))!;
        return plan.Weeks[0].Days.SelectMany(d => d.Sessions).Single(s => s.Type == SessionType.LongRun).Distance!.Format(DistanceUnit.Kilometres);
    }
}
