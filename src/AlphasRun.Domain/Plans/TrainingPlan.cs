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

    /// <summary>Freezes the draft as the next numbered version and makes it what runners see.</summary>
    public PlanVersion Publish(DateTime nowUtc, string publishedBy, string changeSummary)
    {
        if (Status == PlanStatus.Archived)
        {
            throw new DomainException("An archived plan cannot be published; restore it first.");
        }

        var number = _versions.Count == 0 ? 1 : _versions.Max(v => v.Number) + 1;
        var version = new PlanVersion(Guid.NewGuid(), Id, number, Name, Audience, Description, Draft, nowUtc, publishedBy, changeSummary);
        _versions.Add(version);
        Status = PlanStatus.Published;
        Touch(nowUtc, publishedBy);
        return version;
    }

    private void Touch(DateTime nowUtc, string by)
    {
        UpdatedUtc = nowUtc;
        UpdatedBy = by;
        ConcurrencyToken = Guid.NewGuid();
    }
}
