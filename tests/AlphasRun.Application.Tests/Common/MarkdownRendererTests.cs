using AlphasRun.Application.Common;

namespace AlphasRun.Application.Tests.Common;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void ToSafeHtml_RendersEmphasisAndLists()
    {
        var html = _renderer.ToSafeHtml("Rest **3–4 weeks**.\n\n- heal\n- recharge");

        html.ShouldContain("<strong>3–4 weeks</strong>");
        html.ShouldContain("<li>heal</li>");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    [InlineData("[click](javascript:alert(1))", "href=\"javascript:")]
    [InlineData("![x](x \"title\"){onerror=alert(1)}", "onerror=")]
    public void ToSafeHtml_NeverEmitsScriptOrHandlers(string markdown, string forbidden)
    {
        var html = _renderer.ToSafeHtml(markdown);

        html.ShouldNotContain(forbidden, Case.Insensitive);
    }
}
