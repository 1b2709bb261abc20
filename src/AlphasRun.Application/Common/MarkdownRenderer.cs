using FluentValidation;
using System.Collections.Concurrent;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlphasRun.Application.Common;

/// <summary>
/// Markdown to safe HTML for the guide and plan descriptions. Only the Markdown the guide needs is enabled
/// (no raw HTML, no generic attributes); the sanitizer keeps no <c>style</c>, <c>class</c> or <c>id</c>, only
/// http/https/mailto links, and images from the site itself or https. Rendering never throws: text that cannot
/// be rendered becomes a visible notice and a log line, and editors refuse it at save time (<see cref="MarkdownRules.RenderableMarkdown{T}"/>).
/// </summary>
public sealed partial class MarkdownRenderer(ILogger<MarkdownRenderer>? logger = null)
{
    /// <summary>How deeply lists, quotes, emphasis and links may nest; real guides need three or four.</summary>
    public const int MaxNesting = 16;

    public const string CouldNotShowHtml = "<p role=\"note\"><em>This text could not be shown.</em></p>";

    private static readonly string[] Tags =
        ["p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td"];

    private static readonly string[] Attributes = ["href", "src", "alt", "title", "start", "colspan", "rowspan"];

    // The same few published texts are rendered for every reader; sanitising is the slow part of a
    // page, so results are remembered (a pure function of the text: safe to keep per process).
    private const int MaxRemembered = 256;

    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

    private readonly ILogger _logger = logger ?? NullLogger<MarkdownRenderer>.Instance;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToSafeHtml(string? markdown)
    {
        markdown ??= string.Empty;
        if (_rendered.TryGetValue(markdown, out var remembered))
        {
            return remembered;
        }

        var html = Render(markdown);
        if (_rendered.Count >= MaxRemembered)
        {
            _rendered.Clear(); // editors' live previews pass many drafts through here
        }

        _rendered.TryAdd(markdown, html);
        return html;
    }

    private string Render(string markdown)
    {
        try
        {
            var document = Markdown.Parse(markdown, Pipeline);
            if (Depth(document) > MaxNesting * 2)
            {
                // Saved before the limit existed: show a notice rather than a tree the browser struggles with.
                LogTooDeep(markdown.Length);
                return CouldNotShowHtml;
            }

            return _sanitizer.Sanitize(document.ToHtml(Pipeline));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogRenderFailed(ex, markdown.Length);
            return CouldNotShowHtml;
        }
    }

    /// <summary>Null when the text can be shown; otherwise the message for the editor (see <see cref="MarkdownRules.RenderableMarkdown{T}"/>).</summary>
    internal static string? NestingProblem(string? markdown)
    {
        int depth;
        try
        {
            depth = Depth(Markdown.Parse(markdown ?? string.Empty, Pipeline));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"This text is nested too deeply to show. Keep lists, quotes and emphasis at most {MaxNesting} levels deep.";
        }

        return depth > MaxNesting
            ? $"This text is nested {depth} levels deep; keep lists, quotes, emphasis and links at most {MaxNesting} levels deep."
            : null;
    }

    /// <summary>The deepest nesting of blocks and inlines, walked without recursion (the input decides the depth).</summary>
    internal static int Depth(MarkdownDocument document)
    {
        var max = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            max = Math.Max(max, depth);
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return max;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedTags.UnionWith(Tags);
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.UnionWith(Attributes);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowedClasses.Clear();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.UriAttributes.Clear();
        sanitizer.UriAttributes.UnionWith(["href", "src"]);
        sanitizer.FilterUrl += (_, e) =>
        {
            // Images load without a click: only from this site or over https, never plain http or protocol-relative.
            if (string.Equals(e.Tag.TagName, "img", StringComparison.OrdinalIgnoreCase) && !IsSiteOrHttps(e.OriginalUrl))
            {
                e.SanitizedUrl = null;
            }
        };
        return sanitizer;
    }

    private static bool IsSiteOrHttps(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Markdown of {Length} characters could not be rendered; showed a notice instead")]
    private partial void LogRenderFailed(Exception ex, int length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Markdown of {Length} characters is nested too deeply; showed a notice instead")]
    private partial void LogTooDeep(int length);
}

/// <summary>The validators' rule for text coaches write in Markdown.</summary>
public static class MarkdownRules
{
    /// <summary>The text can be rendered: not nested deeper than <see cref="MarkdownRenderer.MaxNesting"/> levels.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> RenderableMarkdown<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((text, context) =>
        {
            if (MarkdownRenderer.NestingProblem(text) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
}
