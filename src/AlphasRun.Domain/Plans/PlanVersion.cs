namespace AlphasRun.Domain.Plans;

/// <summary>A published, read-only copy of a plan; the highest number is what runners see.</summary>
public sealed class PlanVersion
{
    public PlanVersion(Guid id, Guid planId, int number, string name, PlanAudience audience, string description, PlanContent content, DateTime publishedUtc, string publishedBy, string changeSummary)
    {
        Id = id;
        PlanId = planId;
        Number = number;
        Name = name;
        Audience = audience;
        Description = description;
        Content = content;
        PublishedUtc = publishedUtc;
        PublishedBy = publishedBy;
        ChangeSummary = changeSummary;
    }

    // For EF Core.
    private PlanVersion()
    {
        Name = Description = PublishedBy = ChangeSummary = string.Empty;
        Content = null!;
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public int Number { get; private set; }

    public string Name { get; private set; }

    public PlanAudience Audience { get; private set; }

    public string Description { get; private set; }

    public PlanContent Content { get; private set; }

    public DateTime PublishedUtc { get; private set; }

    public string PublishedBy { get; private set; }

    public string ChangeSummary { get; private set; }
}
