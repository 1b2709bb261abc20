using AlphasRun.Application.Common;
using AlphasRun.Application.Guide.Editing;

namespace AlphasRun.Application.Tests.Common;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    // A few hundred characters were enough to make Markdig throw (and the plan page answer 500).
    public static TheoryData<string> DeeplyNested => new()
    {
        new string('>', 300) + " quote",
        new string('[', 300),
        string.Concat(Enumerable.Range(0, 120).Select(i => new string(' ', i * 2) + "- item\n")),
        string.Concat(Enumerable.Repeat("*_", 3000)) + "x" + string.Concat(Enumerable.Repeat("_*", 3000)),
    };

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
    [InlineData("![x](x \"title\"){onerror=alert(1)}", " onerror=")]
    public void ToSafeHtml_NeverEmitsScriptOrHandlers(string markdown, string forbidden)
    {
        var html = _renderer.ToSafeHtml(markdown);

        html.ShouldNotContain(forbidden, Case.Insensitive);
    }

    [Theory]
    [InlineData("## Sign in {style=\"position:fixed;inset:0;z-index:9999;background:#fff\"}")]
    [InlineData("[Sign in here](https://evil.example){.mud-overlay style=\"position:fixed\"}")]
    [InlineData("Text {#email .mud-button-root}")]
    public void ToSafeHtml_GenericAttributes_CannotStyleOrDisguiseContent(string markdown)
    {
        var html = _renderer.ToSafeHtml(markdown);

        // The braces may stay as visible text; what matters is that no element carries them as attributes.
        System.Text.RegularExpressions.Regex.IsMatch(html, @"<[^>]*\s(style|class|id)=", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            .ShouldBeFalse(html);
    }

    [Theory]
    [InlineData("[mail](mailto:coach@example.com)", "href=\"mailto:coach@example.com\"")]
    [InlineData("[plan](https://example.com/plan)", "href=\"https://example.com/plan\"")]
    [InlineData("[runs](/runs)", "href=\"/runs\"")]
    [InlineData("![map](https://example.com/map.png)", "src=\"https://example.com/map.png\"")]
    [InlineData("![logo](/favicon.png)", "src=\"/favicon.png\"")]
    public void ToSafeHtml_KeepsHttpsMailtoAndSiteLinksAndImages(string markdown, string expected)
    {
        _renderer.ToSafeHtml(markdown).ShouldContain(expected);
    }

    [Theory]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:")]
    [InlineData("[x](vbscript:msgbox)", "vbscript:")]
    [InlineData("![x](http://tracker.example/pixel.gif)", "src=\"http:")]
    [InlineData("![x](//tracker.example/pixel.gif)", "src=\"//")]
    [InlineData("![x](data:image/png;base64,AAAA)", "data:")]
    public void ToSafeHtml_DropsOtherSchemesAndInsecureImages(string markdown, string forbidden)
    {
        _renderer.ToSafeHtml(markdown).ShouldNotContain(forbidden, Case.Insensitive);
    }

    [Theory]
    [MemberData(nameof(DeeplyNested))]
    public void ToSafeHtml_DeeplyNestedInput_NeverThrows(string markdown)
    {
        var html = Should.NotThrow(() => _renderer.ToSafeHtml(markdown));

        html.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(DeeplyNested))]
    public void GuideValidator_DeeplyNestedText_IsRefusedWithAMessage(string markdown)
    {
        var result = new GuideSectionEditModelValidator().Validate(new GuideSectionEditModel { Title = "Deep", BodyMarkdown = markdown });

        result.Errors.ShouldContain(e => e.ErrorMessage.Contains("levels deep", StringComparison.Ordinal));
    }

    [Fact]
    public void GuideValidator_TheGuidesOrdinaryNesting_IsAccepted()
    {
        new GuideSectionEditModelValidator().Validate(new GuideSectionEditModel { Title = "Tip", BodyMarkdown = "> **Tip:** run *easy*.\n\n- one\n  - two\n    - [three](https://example.com)" })
            .IsValid.ShouldBeTrue();
    }
}
