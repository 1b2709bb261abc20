using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.Guide;

/// <summary>
/// One part of the off-season guide, stored as Markdown so coaches can edit it. <see cref="Title"/> and
/// <see cref="BodyMarkdown"/> are what runners read; coaches edit a draft and publish it.
/// </summary>
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
        ConcurrencyToken = Guid.NewGuid();
    }

    private GuideSection()
    {
        Anchor = Title = BodyMarkdown = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The fragment of the section's link, e.g. /guide#recover.</summary>
    public string Anchor { get; private set; }

    public int Order { get; private set; }

    /// <summary>The published title.</summary>
    public string Title { get; private set; }

    /// <summary>The published body, Markdown.</summary>
    public string BodyMarkdown { get; private set; }

    /// <summary>When the published text last changed.</summary>
    public DateTime UpdatedUtc { get; private set; }

    public string? PublishedBy { get; private set; }

    /// <summary>The coaches' unpublished title; null when there is no draft.</summary>
    public string? DraftTitle { get; private set; }

    public string? DraftBodyMarkdown { get; private set; }

    public DateTime? DraftUpdatedUtc { get; private set; }

    public string? DraftUpdatedBy { get; private set; }

    /// <summary>App-managed optimistic concurrency token; renewed on every change.</summary>
    public Guid ConcurrencyToken { get; private set; }

    public bool HasDraft => DraftTitle is not null && (DraftTitle != Title || DraftBodyMarkdown != BodyMarkdown);

    /// <summary>Publishes straight away (used when seeding).</summary>
    public void Edit(string title, string bodyMarkdown, DateTime nowUtc)
    {
        Title = title;
        BodyMarkdown = bodyMarkdown;
        UpdatedUtc = nowUtc;
        ConcurrencyToken = Guid.NewGuid();
    }

    /// <summary>Saves a draft; runners keep reading the published text until <see cref="Publish"/>.</summary>
    public void EditDraft(string title, string bodyMarkdown, DateTime nowUtc, string by)
    {
        DraftTitle = title;
        DraftBodyMarkdown = bodyMarkdown;
        DraftUpdatedUtc = nowUtc;
        DraftUpdatedBy = by;
        ConcurrencyToken = Guid.NewGuid();
    }

    public void Publish(DateTime nowUtc, string by)
    {
        if (!HasDraft)
        {
            throw new DomainException("Nothing to publish: the draft is the same as what runners read.");
        }

        Title = DraftTitle!;
        BodyMarkdown = DraftBodyMarkdown!;
        UpdatedUtc = nowUtc;
        PublishedBy = by;
        DraftTitle = DraftBodyMarkdown = DraftUpdatedBy = null;
        DraftUpdatedUtc = null;
        ConcurrencyToken = Guid.NewGuid();
    }
}
