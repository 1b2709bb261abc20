using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.Plans.Editing.GetPlanForEditing;
using AlphasRun.Application.Plans.Editing.ListPlans;
using AlphasRun.Application.Plans.Editing.SavePlanDraft;
using AlphasRun.Application.Runners.DeleteMyAccount;
using AlphasRun.Application.Runners.Join;
using AlphasRun.Application.Tests.Runners;
using AlphasRun.Application.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.Tests.Common;

public sealed class AuditNamesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlanEdits_StoreTheUserIdAndShowTheCurrentNameThenNobodyOnceDeleted()
    {
        await using var app = await TestDatabase.StartAsync();
        var coachId = (await app.Get<IUseCases>().SendAsync(new JoinCrew(MembershipServiceTests.Form("casey.coach@example.com")), Ct)).Value!.UserId;
        app.User.SignIn(coachId, Roles.Coach);
        var editor = app.Get<IUseCases>();
        var plan = (await editor.SendAsync(new ListPlans(), Ct)).Value![0];
        var model = (await editor.SendAsync(new GetPlanForEditing(plan.Id), Ct)).Value!.Model;
        model.Description += " Updated.";

        var saved = await editor.SendAsync(new SavePlanDraft(model), Ct);

        saved.Value!.UpdatedBy.ShouldBe("Maya Chen");
        (await editor.SendAsync(new ListPlans(), Ct)).Value!.Single(p => p.Id == plan.Id).UpdatedBy.ShouldBe("Maya Chen");
        await using (var db = await app.Get<IAlphasRunDbFactory>().CreateAsync(Ct))
        {
            (await db.TrainingPlans.SingleAsync(p => p.Id == plan.Id, Ct)).UpdatedBy.ShouldBe(coachId);
        }

        app.User.SignIn(coachId, Roles.Runner);
        (await app.Get<IUseCases>().SendAsync(new DeleteMyAccount("a long enough password"), Ct)).Succeeded.ShouldBeTrue();
        var admin = (await app.Get<IUseCases>().SendAsync(new JoinCrew(MembershipServiceTests.Form("other.coach@example.com")), Ct)).Value!.UserId;
        app.User.SignIn(admin, Roles.Coach);

        var shown = (await editor.SendAsync(new ListPlans(), Ct)).Value!.Single(p => p.Id == plan.Id).UpdatedBy;
        shown.ShouldBe(AuditNames.FormerMember);
        shown.ShouldNotContain("@");
    }

    [Fact]
    public async Task Restart_ReplacesEmailsLeftInAuditFieldsWithIds()
    {
        await using var app = await TestDatabase.StartAsync();
        var coachId = (await app.Get<IUseCases>().SendAsync(new JoinCrew(MembershipServiceTests.Form("legacy@example.com")), Ct)).Value!.UserId;
        await using (var db = await app.Get<IAlphasRunDbFactory>().CreateAsync(Ct))
        {
            await db.TrainingPlans.ExecuteUpdateAsync(u => u.SetProperty(p => p.UpdatedBy, "legacy@example.com"), Ct);
            await db.PlanVersions.ExecuteUpdateAsync(u => u.SetProperty(v => v.PublishedBy, "gone@example.com"), Ct);
        }

        await app.RestartAsync();

        await using var after = await app.Get<IAlphasRunDbFactory>().CreateAsync(Ct);
        (await after.TrainingPlans.Select(p => p.UpdatedBy).Distinct().ToListAsync(Ct)).ShouldBe([coachId]);
        (await after.PlanVersions.Select(v => v.PublishedBy).Distinct().ToListAsync(Ct)).ShouldBe([AuditNames.FormerMember]);
    }
}
