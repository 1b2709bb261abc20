using System.Net;
using System.Security.Claims;
using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Common.UseCases;
using AlphasRun.Application.GroupRuns.Roster.AddWalkIn;
using AlphasRun.Application.GroupRuns.Schedules.CancelRun;
using AlphasRun.Application.GroupRuns.Schedules.ReinstateRun;
using AlphasRun.Application.GroupRuns.Upcoming.ComingRunsForCoach;
using AlphasRun.Application.Guide.Editing.GetGuideSection;
using AlphasRun.Application.Guide.Editing.ListGuideSections;
using AlphasRun.Application.Guide.Editing.PublishGuideSection;
using AlphasRun.Application.Guide.Editing.SaveGuideDraft;
using AlphasRun.Application.Plans.Editing.GetPlanForEditing;
using AlphasRun.Application.Plans.Editing.ListPlans;
using AlphasRun.Application.Plans.Editing.PublishPlan;
using AlphasRun.Application.Plans.Editing.SavePlanDraft;
using AlphasRun.Application.Runners;
using AlphasRun.Application.Runners.GetMyProfile;
using AlphasRun.Application.Runners.Join;
using AlphasRun.Application.Runners.UpdateMyProfile;
using AlphasRun.Domain.Plans;
using AlphasRun.Infrastructure.Identity;
using AlphasRun.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AlphasRun.Web.Tests.Security;

/// <summary>
/// A corpus of hostile text into every field a member or coach can fill in: never a 5xx, never markup that
/// runs on a page, a clear message where the text is refused, and /healthz answering throughout.
/// </summary>
public sealed class HostileInputTests
{
    private const string Script = "<script>alert('x')</script>";

    public static readonly IReadOnlyList<string> Corpus =
    [
        new string('a', 100_000),
        new string('>', 300) + " nested quote",
        new string('[', 300) + "nested link",
        string.Concat(Enumerable.Range(0, 120).Select(i => new string(' ', i * 2) + "- item\n")),
        "\u202Eevil.exe\u202C مرحبا بالعدائين",
        "zero\u200Bwidth\u200D\uFEFFjoiner",
        "🏃‍♀️💨 Run 👍🏽 crew 🇨🇦",
        "'; DROP TABLE Runners;--",
        "\" OR 1=1 --",
        Script,
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "line one\r\nline two\0end",
        "   ",
        "{style=\"position:fixed;inset:0\"} [Sign in](https://evil.example)",
    ];

    [Fact]
    public async Task AnonymousForms_SignInAndForgotPassword_NeverFailAndNeverEchoMarkup()
    {
        await using var factory = new AlphasRunWebFactory();
        var client = factory.NewClient();

        foreach (var text in Corpus)
        {
            var value = FormSafe(text);
            var signIn = await client.PostLoginAsync(value, value);
            await ShouldBeSafeAsync(signIn);
            var forgot = await client.PostFormAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = value });
            await ShouldBeSafeAsync(forgot);
            var resend = await client.PostFormAsync("/account/resend-confirmation", "resend-confirmation", new Dictionary<string, string> { ["Input.Email"] = value });
            await ShouldBeSafeAsync(resend);
            var withReturnUrl = await client.GetAsync($"/account/login?returnUrl={Uri.EscapeDataString(value)}", TestContext.Current.CancellationToken);
            await ShouldBeSafeAsync(withReturnUrl);
        }

        await HealthyAsync(factory);
    }

    [Fact]
    public async Task MemberFields_JoinAndProfile_AreRefusedWithAMessageOrShownAsText()
    {
        await using var factory = new AlphasRunWebFactory();
        var index = 0;
        foreach (var text in Corpus)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var membership = scope.ServiceProvider.GetRequiredService<IUseCases>();
            var form = new JoinForm
            {
                Email = $"hostile{index++}@example.com", Password = "a long enough password", ConfirmPassword = "a long enough password",
                FirstName = text, LastName = text, MainDistance = PlanAudience.Marathon, EasyPace = text,
                EmergencyContactName = text, EmergencyContactPhone = text, AcceptsWaiver = true,
            };

            var joined = await membership.SendAsync(new JoinCrew(form), TestContext.Current.CancellationToken);
            ShouldBeClear(joined);

            form.Email = text;
            ShouldBeClear(await membership.SendAsync(new JoinCrew(form), TestContext.Current.CancellationToken));
        }

        // A member whose name is markup sees it as text on the pages that show it.
        var userId = await factory.CreateMemberAsync("markup@example.com", "a long enough password");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            ActAs(scope, userId, Roles.Runner);
            var membership = scope.ServiceProvider.GetRequiredService<IUseCases>();
            var profile = (await membership.SendAsync(new GetMyProfile(), TestContext.Current.CancellationToken)).Value!.Form;
            foreach (var text in Corpus)
            {
                profile.FirstName = profile.LastName = profile.EmergencyContactName = text;
                ShouldBeClear(await membership.SendAsync(new UpdateMyProfile(profile), TestContext.Current.CancellationToken));
            }

            profile.FirstName = Script;
            profile.LastName = "\u202Eevil";
            profile.EmergencyContactName = null;
            (await membership.SendAsync(new UpdateMyProfile(profile), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
        }

        var member = factory.NewClient();
        await member.PostLoginAsync("markup@example.com", "a long enough password");
        await ShouldBeSafeAsync(await member.GetAsync("/account/profile", TestContext.Current.CancellationToken));
        await ShouldBeSafeAsync(await member.GetAsync("/my/runs", TestContext.Current.CancellationToken));
        await HealthyAsync(factory);
    }

    [Fact]
    public async Task CoachFields_WalkInCancelReasonGuideAndPlan_AreRefusedWithAMessageOrShownAsText()
    {
        await using var factory = new AlphasRunWebFactory();
        var coachId = await UserIdAsync(factory, "coach@alphasrun.local");
        Guid runId;
        string planSlug;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            ActAs(scope, coachId, Roles.Coach);
            var runs = scope.ServiceProvider.GetRequiredService<IUseCases>();
            var roster = scope.ServiceProvider.GetRequiredService<IUseCases>();
            var guide = scope.ServiceProvider.GetRequiredService<IUseCases>();
            var plans = scope.ServiceProvider.GetRequiredService<IUseCases>();
            var coming = (await runs.SendAsync(new ComingRunsForCoach(14), TestContext.Current.CancellationToken)).Value!;
            runId = coming[0].Run.Id;
            var plan = (await plans.SendAsync(new ListPlans(), TestContext.Current.CancellationToken)).Value![0];
            planSlug = plan.Slug;
            var section = (await guide.SendAsync(new ListGuideSections(), TestContext.Current.CancellationToken)).Value![0];

            foreach (var text in Corpus)
            {
                ShouldBeClear(await roster.SendAsync(new AddWalkIn(runId, text, text), TestContext.Current.CancellationToken));
                ShouldBeClear(await runs.SendAsync(new CancelRun(coming[1].Run.Id, text), TestContext.Current.CancellationToken));
                await runs.SendAsync(new ReinstateRun(coming[1].Run.Id), TestContext.Current.CancellationToken);

                var model = (await guide.SendAsync(new GetGuideSection(section.Id), TestContext.Current.CancellationToken)).Value!;
                model.Title = text;
                model.BodyMarkdown = text;
                ShouldBeClear(await guide.SendAsync(new SaveGuideDraft(model), TestContext.Current.CancellationToken));

                var editor = (await plans.SendAsync(new GetPlanForEditing(plan.Id), TestContext.Current.CancellationToken)).Value!.Model;
                editor.Description = text;
                ShouldBeClear(await plans.SendAsync(new SavePlanDraft(editor), TestContext.Current.CancellationToken));
            }

            // What is accepted is published for every runner to read.
            (await roster.SendAsync(new AddWalkIn(runId, Script, null), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
            (await runs.SendAsync(new CancelRun(coming[1].Run.Id, Script), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
            var guideModel = (await guide.SendAsync(new GetGuideSection(section.Id), TestContext.Current.CancellationToken)).Value!;
            guideModel.Title = Script;
            guideModel.BodyMarkdown = $"{Script}\n\n<img src=x onerror=alert(1)>\n\n[Sign in](https://evil.example){{style=\"position:fixed;inset:0\"}}";
            var draft = await guide.SendAsync(new SaveGuideDraft(guideModel), TestContext.Current.CancellationToken);
            (await guide.SendAsync(new PublishGuideSection(section.Id, draft.Value), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
            var planModel = (await plans.SendAsync(new GetPlanForEditing(plan.Id), TestContext.Current.CancellationToken)).Value!.Model;
            planModel.Description = guideModel.BodyMarkdown;
            var saved = await plans.SendAsync(new SavePlanDraft(planModel), TestContext.Current.CancellationToken);
            saved.Succeeded.ShouldBeTrue(saved.Message);
            (await plans.SendAsync(new PublishPlan(plan.Id, saved.Value!.ConcurrencyToken), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
        }

        var reader = factory.NewClient();
        foreach (var page in new[] { "/", "/guide", $"/plans/{planSlug}", "/runs", $"/runs/{runId}" })
        {
            await ShouldBeSafeAsync(await reader.GetAsync(page, TestContext.Current.CancellationToken));
        }

        var coach = factory.NewClient();
        await coach.PostLoginAsync("coach@alphasrun.local", "coach-the-crew-2026");
        await ShouldBeSafeAsync(await coach.GetAsync($"/coach/runs/{runId}", TestContext.Current.CancellationToken));
        await ShouldBeSafeAsync(await coach.GetAsync("/coach/guide", TestContext.Current.CancellationToken));
        await HealthyAsync(factory);
    }

    /// <summary>Form posts cannot carry a NUL or a lone surrogate; everything else goes as it is.</summary>
    private static string FormSafe(string text) => text.Replace("\0", string.Empty, StringComparison.Ordinal);

    private static void ShouldBeClear(Result result)
    {
        if (!result.Succeeded)
        {
            result.Problems.ShouldNotBeEmpty();
            result.Problems.ShouldAllBe(p => !string.IsNullOrWhiteSpace(p.Message) && !p.Message.Contains("Exception", StringComparison.Ordinal) && p.Message.Length < 400);
        }
    }

    private static async Task ShouldBeSafeAsync(HttpResponseMessage response)
    {
        ((int)response.StatusCode).ShouldBeLessThan(500, response.RequestMessage?.RequestUri?.ToString());
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldNotContain(Script, Case.Insensitive);
        // Escaped, these are harmless text ("&lt;img …"); as markup they would run or cover the page.
        html.ShouldNotContain("<img src=x", Case.Insensitive);
        html.ShouldNotContain("<svg onload", Case.Insensitive);
        System.Text.RegularExpressions.Regex.IsMatch(html, @"<[^>]*\sstyle=""position:fixed;inset:0", System.Text.RegularExpressions.RegexOptions.IgnoreCase).ShouldBeFalse();
    }

    private static async Task HealthyAsync(AlphasRunWebFactory factory) =>
        (await factory.NewClient().GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

    private static async Task<string> UserIdAsync(AlphasRunWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>Calls the services as this user (outside a page, the caller comes from the request's user).</summary>
    private static void ActAs(AsyncServiceScope scope, string userId, string role)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, userId), new Claim(ClaimTypes.Role, role)], "Test"));
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
    }
}
