using FluentValidation;

namespace AlphasRun.Application.Guide.Editing;

public sealed record GuideSectionListItemDto(Guid Id, string Anchor, string Title, bool HasDraft, DateTime UpdatedUtc, string? DraftUpdatedBy, DateTime? DraftUpdatedUtc);

/// <summary>A guide section as the editor holds it: the draft if there is one, otherwise the published text.</summary>
public sealed class GuideSectionEditModel
{
    public Guid Id { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public string Anchor { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string BodyMarkdown { get; set; } = string.Empty;

    /// <summary>Runners read this until the draft is published; shown for comparison.</summary>
    public bool HasDraft { get; set; }
}

public sealed class GuideSectionEditModelValidator : AbstractValidator<GuideSectionEditModel>
{
    public const int TitleMax = 120;
    public const int BodyMax = 20000;

    public GuideSectionEditModelValidator()
    {
        RuleFor(m => m.Title).NotEmpty().WithMessage("Give the section a title.")
            .MaximumLength(TitleMax).WithMessage($"Title: at most {TitleMax} characters.");
        RuleFor(m => m.BodyMarkdown).NotEmpty().WithMessage("Write the section's text.")
            .MaximumLength(BodyMax).WithMessage($"Text: at most {BodyMax:N0} characters.");
        RuleFor(m => m.BodyMarkdown).RenderableMarkdown();
    }
}
