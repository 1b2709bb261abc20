namespace AlphasRun.Domain.Guide;

/// <summary>One part of the off-season guide, stored as Markdown so coaches can edit it.</summary>
public sealed class GuideSection
{
    public GuideSection(Guid id, string anchor, int order, string title, string bodyMarkdown, DateTime updatedUtc)
    {
        Id = id;
        Anchor = anchor;
        Order = order;
        Title = title;
        BodyMarkdown = bodyMarkdown;
        UpdatedUtc = updatedUtc;
    }

    private GuideSection()
    {
        Anchor = Title = BodyMarkdown = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The fragment of the section's link, e.g. /guide#recover.</summary>
    public string Anchor { get; private set; }

    public int Order { get; private set; }

    public string Title { get; private set; }

    public string BodyMarkdown { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public void Edit(string title, string bodyMarkdown, DateTime nowUtc)
    {
        Title = title;
        BodyMarkdown = bodyMarkdown;
        UpdatedUtc = nowUtc;
    }
}
