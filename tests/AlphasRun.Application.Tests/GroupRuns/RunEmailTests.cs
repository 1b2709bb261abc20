using AlphasRun.Application.Common.Security;
using AlphasRun.Application.GroupRuns.Schedules.CancelRun;
using AlphasRun.Application.Tests.Support;
using static AlphasRun.Application.Tests.GroupRuns.RegistrationServiceTests;

namespace AlphasRun.Application.Tests.GroupRuns;

/// <summary>Issue #12 item 9: what the crew's emails say and link to.</summary>
public sealed class RunEmailTests
{
    [Fact]
    public async Task CancellationEmail_HasTextAndHtml_TheClubsName_LinksToTheRunMyRunsAndEmailSettings_AndOneFullStop()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Thursday);
        var (member, _, _) = await ThreeAsync(app);
        await RegisterAs(app, member, run);
        await app.ForgetQueuedMailAsync(); // the set-up registrations' confirmations
        app.User.SignIn("coach", Roles.Coach);

        (await app.SendAsync(new CancelRun(run, "Ice storm, see you Thursday!"))).Succeeded.ShouldBeTrue();
        (await app.DeliverMailAsync()).ShouldBe(1);

        var mail = app.Mail.Sent.ShouldHaveSingleItem();
        mail.Subject.ShouldEndWith("· Alphas Run Crew");
        mail.Body.ShouldContain("is cancelled: Ice storm, see you Thursday!");
        mail.Body.ShouldNotContain("!.");
        mail.Body.ShouldContain($"See the run: http://localhost:5080/runs/{run}");
        mail.Body.ShouldContain("My runs: http://localhost:5080/my/runs");
        mail.Body.ShouldContain("Manage your account and emails: http://localhost:5080/account/profile");
        var html = app.Mail.Html.ShouldHaveSingleItem().ShouldNotBeNull();
        html.ShouldContain($"<a href=\"http://localhost:5080/runs/{run}\">See the run</a>");
        html.ShouldContain("<a href=\"http://localhost:5080/my/runs\">My runs</a>");
        html.ShouldContain("Alphas Run Crew");
    }

    [Fact]
    public async Task CancellationEmail_EncodesWhatTheCoachTypedInItsHtml()
    {
        await using var app = await TestDatabase.StartAsync();
        var run = await app.NextRunAsync(DayOfWeek.Thursday);
        var (member, _, _) = await ThreeAsync(app);
        await RegisterAs(app, member, run);
        await app.ForgetQueuedMailAsync(); // the set-up registrations' confirmations
        app.User.SignIn("coach", Roles.Coach);

        (await app.SendAsync(new CancelRun(run, "<b>flooded</b> trail"))).Succeeded.ShouldBeTrue();
        await app.DeliverMailAsync();

        var html = app.Mail.Html.ShouldHaveSingleItem().ShouldNotBeNull();
        html.ShouldContain("&lt;b&gt;flooded&lt;/b&gt; trail.");
        html.ShouldNotContain("<b>flooded</b>");
    }
}
