using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

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
        RuleFor(m => m.BodyMarkdown).Custom((text, context) =>
        {
            if (MarkdownRenderer.Check(text) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
    }
}

/// <summary>Coaches edit the guide's sections as drafts and publish them; every method checks <see cref="Policies.CanEditPlans"/>.</summary>
public sealed class GuideEditor(IAlphasRunDbFactory dbFactory, AccessGuard guard, ClubClock clock, IValidator<GuideSectionEditModel> validator, IPublicContentCache publicCache)
{
    public async Task<Result<IReadOnlyList<GuideSectionListItemDto>>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result<IReadOnlyList<GuideSectionListItemDto>>.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var sections = await db.GuideSections.AsNoTracking().OrderBy(s => s.Order).ToListAsync(cancellationToken);
        var name = await AuditNames.ResolverAsync(db, sections.Select(s => s.DraftUpdatedBy), cancellationToken);
        return Result<IReadOnlyList<GuideSectionListItemDto>>.Ok([.. sections.Select(s => new GuideSectionListItemDto(
            s.Id, s.Anchor, s.DraftTitle ?? s.Title, s.HasDraft, s.UpdatedUtc, s.DraftUpdatedBy is null ? null : name(s.DraftUpdatedBy), s.DraftUpdatedUtc))]);
    }

    public async Task<Result<GuideSectionEditModel>> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result<GuideSectionEditModel>.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var s = await db.GuideSections.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        return s is null
            ? Result<GuideSectionEditModel>.NotFound("This guide section doesn't exist.")
            : Result<GuideSectionEditModel>.Ok(new GuideSectionEditModel
            {
                Id = s.Id,
                ConcurrencyToken = s.ConcurrencyToken,
                Anchor = s.Anchor,
                Title = s.DraftTitle ?? s.Title,
                BodyMarkdown = s.DraftBodyMarkdown ?? s.BodyMarkdown,
                HasDraft = s.HasDraft,
            });
    }

    /// <summary>Saves the draft; returns the new concurrency token.</summary>
    public async Task<Result<Guid>> SaveDraftAsync(GuideSectionEditModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result<Guid>.Forbidden();
        }

        var validation = await validator.ValidateAsync(model, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<Guid>.Fail(validation.ToProblems());
        }

        var by = await guard.AuditIdAsync();
        return await ChangeAsync(model.Id, model.ConcurrencyToken, s => s.EditDraft(model.Title.Trim(), model.BodyMarkdown, clock.UtcNow, by), cancellationToken);
    }

    public async Task<Result<Guid>> PublishAsync(Guid id, Guid expectedToken, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result<Guid>.Forbidden();
        }

        var by = await guard.AuditIdAsync();
        var published = await ChangeAsync(id, expectedToken, s => s.Publish(clock.UtcNow, by), cancellationToken);
        if (published.Succeeded)
        {
            await publicCache.InvalidateAsync(PublicContent.Guide, cancellationToken);
        }

        return published;
    }

    private async Task<Result<Guid>> ChangeAsync(Guid id, Guid expectedToken, Action<Domain.Guide.GuideSection> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var section = await db.GuideSections.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
        {
            return Result<Guid>.NotFound("This guide section doesn't exist.");
        }

        db.ExpectOriginalValue(section, s => s.ConcurrencyToken, expectedToken);
        try
        {
            change(section);
            await db.SaveChangesAsync(cancellationToken);
            return Result<Guid>.Ok(section.ConcurrencyToken);
        }
        catch (DomainException ex)
        {
            return Result<Guid>.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await dbFactory.CreateAsync(cancellationToken);
            var now = await fresh.GuideSections.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new { By = s.DraftUpdatedBy ?? s.PublishedBy, When = s.DraftUpdatedUtc ?? s.UpdatedUtc })
                .SingleAsync(cancellationToken);
            var when = clock.ToLocal(now.When).ToString("h:mm tt 'on' MMMM d", ClubClock.Culture);
            var who = now.By is null ? "Another coach" : (await AuditNames.ResolverAsync(fresh, [now.By], cancellationToken))(now.By);
            return Result<Guid>.Fail(
                $"{who} saved this section at {when}, while you were editing it. Your changes were not saved; reload to see theirs.",
                "Conflict");
        }
    }
}
