using System.Net;
using System.Text;

namespace AlphasRun.Application.Notifications;

/// <summary>A link in an email: what it says and where it goes (absolute, from <see cref="IPublicUrls"/>).</summary>
public sealed record EmailLink(string Label, string Url);

/// <summary>An email's two bodies: plain text for every mail app, HTML for the ones that show it.</summary>
public sealed record EmailBodies(string Text, string Html);

/// <summary>
/// The crew's one email layout: a greeting, the message, links to act on, and a footer with the club's
/// name and where to manage the account and its emails. Everything a member typed (a reason, a name) is
/// HTML-encoded in the HTML part.
/// </summary>
public static class EmailLayout
{
    public const string ClubName = "Alphas Run Crew";

    public static EmailBodies Compose(IPublicUrls urls, string? greeting, IReadOnlyList<string> paragraphs, IReadOnlyList<EmailLink> links)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(links);
        var preferences = new EmailLink("Manage your account and emails", urls.Absolute("account/profile"));

        var text = new StringBuilder();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:600px\">");
        html.Append("<p style=\"font-size:18px;font-weight:bold;color:#b71c1c\">").Append(ClubName).Append("</p>");
        if (greeting is not null)
        {
            text.Append(greeting).Append("\n\n");
            html.Append("<p>").Append(Encode(greeting)).Append("</p>");
        }

        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>");
        }

        if (links.Count > 0)
        {
            html.Append("<ul style=\"padding-left:20px\">");
            foreach (var link in links)
            {
                text.Append(link.Label).Append(": ").Append(link.Url).Append('\n');
                html.Append("<li><a href=\"").Append(Encode(link.Url)).Append("\">").Append(Encode(link.Label)).Append("</a></li>");
            }

            html.Append("</ul>");
            text.Append('\n');
        }

        text.Append(ClubName).Append('\n').Append(preferences.Label).Append(": ").Append(preferences.Url).Append('\n');
        html.Append("<hr style=\"border:0;border-top:1px solid #ddd\"><p style=\"font-size:13px;color:#555\">")
            .Append(ClubName).Append(" · Panera Bread, Hwy 7 and Birchmount, Markham<br><a href=\"")
            .Append(Encode(preferences.Url)).Append("\">").Append(Encode(preferences.Label)).Append("</a></p></body></html>");
        return new EmailBodies(text.ToString(), html.ToString());
    }

    /// <summary>A sentence ending in what someone typed: one full stop, never "Thursday!." or "storm..".</summary>
    public static string EndSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' ? trimmed : trimmed + ".";
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
