using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.Guide.Editing;
using AlphasRun.Application.Guide.Editing.GetGuideSection;
using AlphasRun.Application.Guide.Editing.ListGuideSections;
using AlphasRun.Application.Guide.Editing.PublishGuideSection;
using AlphasRun.Application.Guide.Editing.SaveGuideDraft;
using AlphasRun.Application.Guide.ReadGuide;
using AlphasRun.Application.Tests.Support;

namespace AlphasRun.Application.Tests.Guide;

public sealed class GuideEditorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveDraft_RunnersReadTheOldTextUntilPublish_AndScriptIsNeutralised()
    {
        await using var app = await TestDatabase.StartAsync();
        app.User.SignIn("Sam Coach", Roles.Coach);
        var editor = app.Get<IUseCases>();
        var first = (await editor.SendAsync(new ListGuideSections(), Ct)).Value![0];
        var model = (await editor.SendAsync(new GetGuideSection(first.Id), Ct)).Value!;
        var publishedTitle = model.Title;
        model.Title = "Recover first";
        model.BodyMarkdown = "Sleep. <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))";

        var saved = await editor.SendAsync(new SaveGuideDraft(model), Ct);

        saved.Succeeded.ShouldBeTrue(saved.Message);
        (await app.Get<IUseCases>().SendAsync(new ReadGuide(), Ct))[0].Title.ShouldBe(publishedTitle);
        (await editor.SendAsync(new ListGuideSections(), Ct)).Value![0].HasDraft.ShouldBeTrue();

        (await editor.SendAsync(new PublishGuideSection(first.Id, saved.Value), Ct)).Succeeded.ShouldBeTrue();

        var section = (await app.Get<IUseCases>().SendAsync(new ReadGuide(), Ct))[0];
        section.Title.ShouldBe("Recover first");
        section.Html.ShouldNotContain("<script");
        section.Html.ShouldNotContain("<img");
        section.Html.ShouldNotContain("javascript:");
    }

    [Fact]
    public async Task SaveDraft_FromAStaleLoad_IsRefusedNamingWhoSaved()
    {
        await using var app = await TestDatabase.StartAsync();
        app.User.SignIn("Sam Coach", Roles.Coach);
        var editor = app.Get<IUseCases>();
        var id = (await editor.SendAsync(new ListGuideSections(), Ct)).Value![0].Id;
        var first = (await editor.SendAsync(new GetGuideSection(id), Ct)).Value!;
        var second = (await editor.SendAsync(new GetGuideSection(id), Ct)).Value!;
        first.Title = "Sam's title";
        (await editor.SendAsync(new SaveGuideDraft(first), Ct)).Succeeded.ShouldBeTrue();

        app.User.SignIn("Alex Coach", Roles.Coach);
        second.Title = "Alex's title";
        var result = await editor.SendAsync(new SaveGuideDraft(second), Ct);

        result.Problems.ShouldHaveSingleItem().Message.ShouldStartWith("Sam Coach saved this section at");
        (await editor.SendAsync(new GetGuideSection(id), Ct)).Value!.Title.ShouldBe("Sam's title");
    }

    [Fact]
    public async Task SaveDraft_TooLongOrEmpty_IsRefusedWithTheField()
    {
        await using var app = await TestDatabase.StartAsync();
        app.User.SignIn("Sam Coach", Roles.Coach);
        var editor = app.Get<IUseCases>();
        var model = (await editor.SendAsync(new GetGuideSection((await editor.SendAsync(new ListGuideSections(), Ct)).Value![0].Id), Ct)).Value!;
        model.Title = "";
        model.BodyMarkdown = new string('x', 20_001);

        var result = await editor.SendAsync(new SaveGuideDraft(model), Ct);

        result.Problems.Select(p => p.Field).ShouldBe(["Title", "BodyMarkdown"]);
    }

    [Fact]
    public async Task EveryMethod_ForARunner_IsForbidden()
    {
        await using var app = await TestDatabase.StartAsync();
        app.User.SignIn("runner-1", Roles.Runner);
        var editor = app.Get<IUseCases>();

        (await editor.SendAsync(new ListGuideSections(), Ct)).IsForbidden.ShouldBeTrue();
        (await editor.SendAsync(new GetGuideSection(Guid.NewGuid()), Ct)).IsForbidden.ShouldBeTrue();
        (await editor.SendAsync(new SaveGuideDraft(new GuideSectionEditModel { Title = "x", BodyMarkdown = "x" }), Ct)).IsForbidden.ShouldBeTrue();
        (await editor.SendAsync(new PublishGuideSection(Guid.NewGuid(), Guid.NewGuid()), Ct)).IsForbidden.ShouldBeTrue();
    }
}
