using System.Net;
using System.Text.RegularExpressions;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Http;

/// <summary>The coaches' plan pages over HTTP: who may open them and what a coach reads on first load.</summary>
public sealed partial class CoachPlansPagesTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    [Fact]
    public async Task Anonymous_OnCoachPlans_IsSentToSignIn()
    {
        var response = await factory.NewClient().GetAsync("/coach/plans", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/account/login?ReturnUrl=");
    }

    [Theory]
    [InlineData("/coach/plans")]
    [InlineData("/coach/plans/00000000-0000-0000-0000-000000000001/edit")]
    [InlineData("/coach/guide")]
    public async Task Runner_OnCoachPlanPages_GetsAccessDenied(string path)
    {
        var client = factory.NewClient();
        await client.PostLoginAsync("runner@alphasrun.local", "run-with-the-crew");

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
    }

    [Fact]
    public async Task Coach_SeesBothPlansAndCanOpenTheEditor()
    {
        var client = factory.NewClient();
        await client.PostLoginAsync("coach@alphasrun.local", "coach-the-crew-2026");

        var list = await client.GetAsync("/coach/plans", TestContext.Current.CancellationToken);

        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await list.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var text = HtmlText.Of(html);
        text.ShouldContain("Training plans");
        text.ShouldContain("Off-season week for marathoners");
        text.ShouldContain("Off-season week for half marathoners");
        text.ShouldContain("Published");
        text.ShouldContain("Last edited by");

        var editLink = EditLink().Match(html).Value;
        editLink.ShouldNotBeEmpty();
        var editor = await client.GetAsync(editLink, TestContext.Current.CancellationToken);
        editor.StatusCode.ShouldBe(HttpStatusCode.OK);
        var editorText = await HtmlText.ReadAsync(editor);
        editorText.ShouldContain("Week 1");
        editorText.ShouldContain("Week total: 41–48 km");
        editorText.ShouldContain("No problems found.");
        editorText.ShouldContain("Version 1");
    }

    [Fact]
    public async Task Coach_SeesTheGuideSectionsToEdit()
    {
        var client = factory.NewClient();
        await client.PostLoginAsync("coach@alphasrun.local", "coach-the-crew-2026");

        var response = await client.GetAsync("/coach/guide", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await HtmlText.ReadAsync(response);
        text.ShouldContain("The off-season guide");
        text.ShouldContain("/guide#");
    }

    [Fact]
    public async Task Coach_OnAnUnknownPlan_GetsNotFound()
    {
        var client = factory.NewClient();
        await client.PostLoginAsync("coach@alphasrun.local", "coach-the-crew-2026");

        var response = await client.GetAsync($"/coach/plans/{Guid.NewGuid()}/edit", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("/coach/plans/[0-9a-f-]{36}/edit")]
    private static partial Regex EditLink();
}
