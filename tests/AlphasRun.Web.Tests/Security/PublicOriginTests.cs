using System.Net;
using AlphasRun.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace AlphasRun.Web.Tests.Security;

/// <summary>Item 1: links in emails come from the configured public origin; unknown hosts are refused outside Development.</summary>
public sealed class PublicOriginTests
{
    [Fact]
    public async Task ForgotPassword_WithAForgedHostHeader_EmailsALinkToThePublicOriginOnly()
    {
        await using var factory = new AlphasRunWebFactory { Settings = { ["AlphasRun:PublicUrl"] = "https://alphas.example" } };
        await factory.CreateMemberAsync("victim@example.com", "a long enough password");
        var client = factory.NewClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        var response = await client.PostFormAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = "victim@example.com" });

        (await HtmlText.ReadAsync(response)).ShouldContain("If an account uses that email");
        var email = (await factory.EmailsAsync()).ShouldHaveSingleItem();
        email.ShouldContain("https://alphas.example/account/reset-password?code=");
        email.ShouldNotContain("evil.example");
    }

    [Fact]
    public async Task Production_ARequestForAnotherHost_IsRefused()
    {
        await using var factory = new ProductionWebFactory();
        var client = factory.NewSiteClient();

        (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var forged = new HttpRequestMessage(HttpMethod.Get, "/account/forgot-password");
        forged.Headers.Host = "evil.example";
        (await client.SendAsync(forged, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // A probe on the machine itself (deploy/cluster.sh asks each instance at 127.0.0.1:port) is answered.
        var probe = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        probe.Headers.Host = "127.0.0.1:5081";
        (await client.SendAsync(probe, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Production_WithoutAPublicUrl_RefusesToStartAndSaysWhy()
    {
        await using var factory = new ProductionWebFactory();
        factory.Settings.Remove("AlphasRun:PublicUrl");

        var error = Should.Throw<OptionsValidationException>(() => factory.CreateClient());

        error.Message.ShouldContain("AlphasRun:PublicUrl is required outside Development");
    }

    [Fact]
    public async Task APublicUrlThatIsNotAnAddress_RefusesToStart()
    {
        await using var factory = new AlphasRunWebFactory { Settings = { ["AlphasRun:PublicUrl"] = "alphas.example/path?x=1" } };

        Should.Throw<OptionsValidationException>(() => factory.CreateClient()).Message.ShouldContain("AlphasRun:PublicUrl must be an absolute http(s) address");
    }
}
