using AlphasRun.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.Guide;

/// <summary>The off-season guide, section by section, rendered from Markdown to sanitised HTML.</summary>
public sealed class GuideReader(IAlphasRunDbFactory dbFactory, MarkdownRenderer markdown)
{
    public async Task<IReadOnlyList<GuideSectionDto>> GetSectionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var sections = await db.GuideSections.AsNoTracking()
            .OrderBy(s => s.Order)
            .Select(s => new { s.Anchor, s.Title, s.BodyMarkdown })
            .ToListAsync(cancellationToken);
        return [.. sections.Select(s => new GuideSectionDto(s.Anchor, s.Title, markdown.ToSafeHtml(s.BodyMarkdown)))];
    }
}
