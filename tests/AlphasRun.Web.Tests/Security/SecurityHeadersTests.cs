using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AlphasRun.Web.Tests.Support;

namespace AlphasRun.Web.Tests.Security;

/// <summary>Item 6: every response carries a CSP that Blazor works with, nosniff, a referrer policy and no framing; HTTPS outside Development.</summary>
public sealed partial class SecurityHeadersTests(AlphasRunWebFactory factory) : IClassFixture<AlphasRunWebFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/guide")]
    public async Task Pages_CarryTheSecurityHeaders(string path)
    {
        var response = await factory.NewClient().GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("object-src 'none'");
        Regex.Match(csp, "script-src ([^;]*)").Groups[1].Value.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }

    [Fact]
    public async Task HomePage_TheOnlyInlineScript_IsAllowedByItsHash()
    {
        var response = await factory.NewClient().GetAsync("/", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var inline = InlineScript().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var importMap = inline.ShouldHaveSingleItem();
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap)));
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain($"'sha256-{hash}'");
    }

    [Fact]
    public async Task Production_PlainHttp_IsRedirectedToHttpsAndHttpsGetsHsts()
    {
        await using var production = new ProductionWebFactory();
        var http = production.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://alphas.example"),
            AllowAutoRedirect = false,
        });

        var redirect = await http.GetAsync("/guide", TestContext.Current.CancellationToken);
        redirect.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        redirect.Headers.Location!.ToString().ShouldBe("https://alphas.example/guide");

        var secure = await production.NewSiteClient().GetAsync("/guide", TestContext.Current.CancellationToken);
        secure.StatusCode.ShouldBe(HttpStatusCode.OK);
        secure.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");
    }

    // Scripts with a body (no src) and not JSON data blocks other than the import map.
    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)</script>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
