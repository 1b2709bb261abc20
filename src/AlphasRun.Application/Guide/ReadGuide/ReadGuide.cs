using AlphasRun.Domain.Guide;

namespace AlphasRun.Application.Guide.ReadGuide;

/// <summary>The off-season guide (/guide), section by section, rendered from Markdown to sanitised HTML.</summary>
[Public]
public sealed record ReadGuide : IUseCase<IReadOnlyList<GuideSectionDto>>;

internal sealed class ReadGuideHandler(IAlphasRunDbFactory dbFactory, MarkdownRenderer markdown) : IUseCaseHandler<ReadGuide, IReadOnlyList<GuideSectionDto>>
{
    public async Task<IReadOnlyList<GuideSectionDto>> HandleAsync(ReadGuide request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var sections = await SectionsQuery(db.AsDbContext()).ToListAsync(cancellationToken);
        return [.. sections.Select(s => new GuideSectionDto(s.Anchor, s.Title, markdown.ToSafeHtml(s.BodyMarkdown)))];
    }

    // /guide reads this on every request: compiled once (CompiledQueryContext).
    private static readonly Func<DbContext, IAsyncEnumerable<SectionRow>> SectionsQuery =
        EF.CompileAsyncQuery((DbContext db) =>
            db.Set<GuideSection>().AsNoTracking()
                .OrderBy(s => s.Order)
                .Select(s => new SectionRow(s.Anchor, s.Title, s.BodyMarkdown)));

    private sealed record SectionRow(string Anchor, string Title, string BodyMarkdown);
}
