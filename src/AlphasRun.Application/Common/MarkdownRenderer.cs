using System.Collections.Concurrent;
using Ganss.Xss;
using Markdig;

namespace AlphasRun.Application.Common;

/// <summary>Markdown to safe HTML: Markdig renders, HtmlSanitizer strips scripts, event handlers and unsafe URLs.</summary>
public sealed class MarkdownRenderer
{
    // The same few published texts are rendered for every reader; sanitising is the slow part of a
    // page, so results are remembered (a pure function of the text: safe to keep per process).
    private const int MaxRemembered = 256;
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = new();

    public string ToSafeHtml(string markdown)
    {
        markdown ??= string.Empty;
        if (_rendered.TryGetValue(markdown, out var remembered))
        {
            return remembered;
        }

        var html = _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));
        if (_rendered.Count >= MaxRemembered)
        {
            _rendered.Clear(); // editors' live previews pass many drafts through here
        }

        _rendered.TryAdd(markdown, html);
        return html;
    }
}
