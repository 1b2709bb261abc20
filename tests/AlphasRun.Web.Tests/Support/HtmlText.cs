using System.Net;
using System.Text.RegularExpressions;

namespace AlphasRun.Web.Tests.Support;

/// <summary>What a person reads on a page: the HTML with tags removed, entities decoded and spaces collapsed.</summary>
public static partial class HtmlText
{
    public static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        return Of(html);
    }

    public static string Of(string html)
    {
        var withoutScripts = ScriptOrStyle().Replace(html, " ");
        var text = WebUtility.HtmlDecode(Tags().Replace(withoutScripts, " "));
        return Spaces().Replace(text, " ");
    }

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
