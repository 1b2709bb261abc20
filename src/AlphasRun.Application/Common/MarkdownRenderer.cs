using Ganss.Xss;
using Markdig;

namespace AlphasRun.Application.Common;

/// <summary>Markdown to safe HTML: Markdig renders, HtmlSanitizer strips scripts, event handlers and unsafe URLs.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = new();

    public string ToSafeHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown ?? string.Empty, _pipeline);
        return _sanitizer.Sanitize(html);
    }
}
