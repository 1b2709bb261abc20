using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace AlphasRun.Web.Shared;

/// <summary>
/// Builds a piece of HTML for a list that renders on every request (see <see cref="RunListHtml"/>).
/// <see cref="Text"/> HTML-encodes what it is given (<see cref="HtmlEncoder.Default"/>); the <c>Raw</c> overloads are
/// for constant markup and for values our own code formats (dates, numbers, ids), never for what a person typed.
/// </summary>
internal sealed class HtmlWriter(int capacity)
{
    private readonly StringBuilder _html = new(capacity);

    public HtmlWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Raw(Guid id)
    {
        _html.Append(id);
        return this;
    }

    /// <summary>Constant markup around values formatted with <paramref name="culture"/>, without a string per value.</summary>
    public HtmlWriter Raw(IFormatProvider culture, [InterpolatedStringHandlerArgument("", nameof(culture))] ref MarkupHandler markup)
    {
        _ = culture;
        _ = markup;
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        _html.Append(HtmlEncoder.Default.Encode(text ?? ""));
        return this;
    }

    public MarkupString ToMarkup() => new(_html.ToString());

    /// <summary>Appends an interpolated string straight to the writer's buffer (StringBuilder's own handler).</summary>
    [InterpolatedStringHandler]
    public ref struct MarkupHandler
    {
        private StringBuilder.AppendInterpolatedStringHandler _inner;

        public MarkupHandler(int literalLength, int formattedCount, HtmlWriter writer, IFormatProvider culture) =>
            _inner = new StringBuilder.AppendInterpolatedStringHandler(literalLength, formattedCount, writer._html, culture);

        public void AppendLiteral(string value) => _inner.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => _inner.AppendFormatted(value, format);
    }
}
