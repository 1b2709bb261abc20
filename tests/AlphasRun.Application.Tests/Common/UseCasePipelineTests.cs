using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Plans.Editing;
using AlphasRun.Application.Plans.Editing.GetPlanForEditing;
using AlphasRun.Application.Plans.Editing.ListPlans;
using AlphasRun.Application.Plans.Editing.RestorePlanVersion;
using AlphasRun.Application.Plans.Editing.SavePlanDraft;
using AlphasRun.Application.Tests.Support;

namespace AlphasRun.Application.Tests.Common;

/// <summary>The one pipeline every use case goes through (docs/decisions/0015): what a caller gets back at each step.</summary>
public sealed class UseCasePipelineTests
{
    [Fact]
    public async Task SendAsync_ADomainRuleTheValidatorsDidNotCatch_AnswersItsMessageInsteadOfThrowing()
    {
        await using var app = await TestDatabase.StartAsync();
        app.User.SignIn("coach-1", Roles.Coach);
        var (id, model) = await LoadMarathonAsync(app);

        var result = await app.SendAsync(new RestorePlanVersion(id, 9, model.ConcurrencyToken));

        result.Succeeded.ShouldBeFalse();
        result.Message.ShouldBe("This plan has no version 9.");
    }

    [Fact]
    public async Task SendAsync_AFormWithItsOwnProblems_IsRefusedBeforeTheChecksThatAskTheDatabase()
    {
        await using var app = await TestDatabase.StartAsync();
        app.User.SignIn("coach-1", Roles.Coach);
        var (_, model) = await LoadMarathonAsync(app);
        model.Name = string.Empty;
        model.Weeks[0].Sessions[0].GroupRunScheduleId = Guid.NewGuid(); // a crew run that doesn't exist: the database check

        var result = await app.SendAsync(new SavePlanDraft(model));

        result.Problems.ShouldHaveSingleItem().Field.ShouldBe(nameof(PlanEditModel.Name));
    }

    [Fact]
    public async Task SendAsync_ARoleTakenAwaySinceSignIn_IsForbiddenBeforeTheHandlerRuns()
    {
        await using var app = await TestDatabase.StartAsync();
        app.User.SignIn("coach-1", Roles.Coach);
        var (_, model) = await LoadMarathonAsync(app);
        model.Name = "Renamed by a former coach";

        app.User.SignIn("coach-1", Roles.Runner); // the database now says runner, whatever the cookie said
        var refused = await app.SendAsync(new SavePlanDraft(model));

        refused.IsForbidden.ShouldBeTrue();
        refused.Message.ShouldBe(Result.ForbiddenMessage);
        app.User.SignIn("coach-1", Roles.Coach);
        (await LoadMarathonAsync(app)).Model.Name.ShouldNotBe("Renamed by a former coach");
    }

    private static async Task<(Guid Id, PlanEditModel Model)> LoadMarathonAsync(TestDatabase app)
    {
        var id = (await app.SendAsync(new ListPlans())).Value!.Single(p => p.Slug == PlanSlugs.Marathon).Id;
        return (id, (await app.SendAsync(new GetPlanForEditing(id))).Value!.Model);
    }
}
