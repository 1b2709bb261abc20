using AlphasRun.Domain.Common;

namespace AlphasRun.Domain.Plans;

/// <summary>
/// A training plan coaches own. <see cref="Draft"/> is what coaches edit; runners only ever see
/// <see cref="PlanVersion"/>s, the frozen copies made each time the plan is published.
/// </summary>
public sealed class TrainingPlan
{
    private readonly List<PlanVersion> _versions = [];

    public TrainingPlan(Guid id, string name, string slug, PlanAudience audience, string description, PlanContent draft, DateTime createdUtc, string createdBy)
    {
        Id = id;
        Name = name;
        Slug = slug;
        Audience = audience;
        Description = description;
        Draft = draft;
        UpdatedUtc = createdUtc;
        UpdatedBy = createdBy;
        Status = PlanStatus.Draft;
        ConcurrencyToken = Guid.NewGuid();
    }

    // For EF Core.
    private TrainingPlan()
    {
        Name = Slug = Description = UpdatedBy = string.Empty;
        Draft = null!;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string Slug { get; private set; }

    public PlanAudience Audience { get; private set; }

    /// <summary>Markdown.</summary>
    public string Description { get; private set; }

    public PlanStatus Status { get; private set; }

    public PlanContent Draft { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public string UpdatedBy { get; private set; }

    /// <summary>App-managed optimistic concurrency token (SQLite has no rowversion); renewed on every change.</summary>
    public Guid ConcurrencyToken { get; private set; }

    public IReadOnlyList<PlanVersion> Versions => _versions;

    /// <summary>Publishes the draft with a summary of what changed since the latest version.</summary>
    public PlanVersion Publish(DateTime nowUtc, string publishedBy) =>
        Publish(nowUtc, publishedBy, PlanChangeSummary.Describe(LatestVersion, this));

    /// <summary>Freezes the draft as the next numbered version and makes it what runners see.</summary>
    public PlanVersion Publish(DateTime nowUtc, string publishedBy, string changeSummary)
    {
        EnsureNotArchived("published");
        var number = _versions.Count == 0 ? 1 : _versions.Max(v => v.Number) + 1;
        var version = new PlanVersion(Guid.NewGuid(), Id, number, Name, Audience, Description, Draft, nowUtc, publishedBy, changeSummary);
        _versions.Add(version);
        Status = PlanStatus.Published;
        Touch(nowUtc, publishedBy);
        return version;
    }

    /// <summary>The version runners see, or null before the first publish.</summary>
    public PlanVersion? LatestVersion => _versions.Count == 0 ? null : _versions.MaxBy(v => v.Number);

    /// <summary>Replaces the draft (what coaches edit); runners keep seeing the latest version until the next publish.</summary>
    public void EditDraft(string name, string slug, PlanAudience audience, string description, PlanContent draft, DateTime nowUtc, string editedBy)
    {
        ArgumentNullException.ThrowIfNull(draft);
        EnsureNotArchived("edited");
        Name = name;
        Slug = slug;
        Audience = audience;
        Description = description;
        Draft = draft;
        Touch(nowUtc, editedBy);
    }

    /// <summary>Hides the plan from runners; its draft and versions are kept.</summary>
    public void Archive(DateTime nowUtc, string by)
    {
        if (Status == PlanStatus.Archived)
        {
            throw new DomainException("This plan is already archived.");
        }

        Status = PlanStatus.Archived;
        Touch(nowUtc, by);
    }

    /// <summary>Brings an archived plan back: published again if it ever was, otherwise a draft.</summary>
    public void Restore(DateTime nowUtc, string by)
    {
        if (Status != PlanStatus.Archived)
        {
            throw new DomainException("Only an archived plan can be restored.");
        }

        Status = _versions.Count == 0 ? PlanStatus.Draft : PlanStatus.Published;
        Touch(nowUtc, by);
    }

    /// <summary>Makes an older published version the draft again; runners see it once it is published.</summary>
    public void RestoreVersionAsDraft(int number, DateTime nowUtc, string by)
    {
        EnsureNotArchived("edited");
        var version = _versions.SingleOrDefault(v => v.Number == number)
            ?? throw new DomainException($"This plan has no version {number}.");
        Name = version.Name;
        Audience = version.Audience;
        Description = version.Description;
        Draft = version.Content;
        Touch(nowUtc, by);
    }

    /// <summary>A new draft plan with this plan's draft, every distance multiplied by <paramref name="distanceFactor"/>.</summary>
    public TrainingPlan Duplicate(Guid id, string name, string slug, PlanAudience audience, decimal distanceFactor, DateTime nowUtc, string by) =>
        new(id, name, slug, audience, Description, Draft.Scale(distanceFactor), nowUtc, by);

    private void EnsureNotArchived(string action)
    {
        if (Status == PlanStatus.Archived)
        {
            throw new DomainException($"An archived plan cannot be {action}; restore it first.");
        }
    }

    private void Touch(DateTime nowUtc, string by)
    {
        UpdatedUtc = nowUtc;
        UpdatedBy = by;
        ConcurrencyToken = Guid.NewGuid();
    }
}
