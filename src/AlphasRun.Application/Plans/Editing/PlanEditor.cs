using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.Plans.Editing;

/// <summary>
/// Coaches' plan tools: list, edit the draft, publish, version, duplicate, archive. Every method checks
/// <see cref="Policies.CanEditPlans"/> itself, whatever the page showed. Edits are optimistic: the caller
/// passes the token it loaded, and a save over someone else's newer save is refused with who and when.
/// </summary>
public sealed class PlanEditor(
    IAlphasRunDbFactory dbFactory,
    AccessGuard guard,
    ClubClock clock,
    IValidator<PlanEditModel> validator,
    IValidator<NewPlanForm> newPlanValidator,
    IValidator<DuplicatePlanForm> duplicateValidator,
    MarkdownRenderer markdown,
    IPublicContentCache publicCache)
{
    /// <summary>The <see cref="Problem.Field"/> of the "someone saved in between" problem; the editor offers a reload.</summary>
    public const string ConflictField = "Conflict";

    public async Task<Result<IReadOnlyList<PlanListItemDto>>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result<IReadOnlyList<PlanListItemDto>>.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var plans = await db.TrainingPlans.AsNoTracking().Include(p => p.Versions).ToListAsync(cancellationToken);
        var name = await AuditNames.ResolverAsync(db, plans.Select(p => p.UpdatedBy), cancellationToken);
        return Result<IReadOnlyList<PlanListItemDto>>.Ok([.. plans
            .OrderBy(p => p.Status == PlanStatus.Archived)
            .ThenBy(p => p.Audience)
            .ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(p => new PlanListItemDto(
                p.Id, p.Name, p.Slug, p.Audience, p.Status, p.Draft.Weeks.Count, p.UpdatedUtc, name(p.UpdatedBy),
                p.LatestVersion?.Number, HasUnpublishedChanges(p)))]);
    }

    public async Task<Result<PlanEditorDto>> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result<PlanEditorDto>.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var plan = await db.TrainingPlans.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return Result<PlanEditorDto>.NotFound("This plan doesn't exist (any more).");
        }

        var crewRuns = await db.GroupRunSchedules.AsNoTracking()
            .Where(s => s.IsActive)
            .Select(s => new { s.Id, s.Name, s.Day, s.LocalStartTime })
            .ToListAsync(cancellationToken);
        var name = await AuditNames.ResolverAsync(db, plan.Versions.Select(v => v.PublishedBy).Append(plan.UpdatedBy), cancellationToken);
        return Result<PlanEditorDto>.Ok(new PlanEditorDto(
            PlanEditMapping.ToModel(plan),
            plan.Status,
            plan.UpdatedUtc,
            name(plan.UpdatedBy),
            HasUnpublishedChanges(plan),
            Versions(plan, name),
            [.. crewRuns
                .OrderBy(r => (r.Day - DayOfWeek.Monday + 7) % 7).ThenBy(r => r.LocalStartTime)
                .Select(r => new CrewRunOption(r.Id, $"{r.Day} {r.LocalStartTime.ToString("h:mm tt", ClubClock.Culture)} · {r.Name}", r.Day))]));
    }

    /// <summary>Saves the model as the plan's draft; runners keep seeing the latest published version.</summary>
    public async Task<Result<PlanSavedDto>> SaveDraftAsync(PlanEditModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result<PlanSavedDto>.Forbidden();
        }

        var errors = (await validator.ValidateAsync(model, cancellationToken)).Errors.Where(e => e.Severity == Severity.Error).ToList();
        if (errors.Count > 0)
        {
            return Result<PlanSavedDto>.Fail(errors.Select(e => new Problem(e.ErrorMessage, e.PropertyName)));
        }

        var slug = model.Slug.Trim();
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await db.TrainingPlans.AnyAsync(p => p.Slug == slug && p.Id != model.Id, cancellationToken))
        {
            return Result<PlanSavedDto>.Fail([SlugTaken(slug)]);
        }

        var unknownRun = await UnknownCrewRunAsync(db, model, cancellationToken);
        if (unknownRun is not null)
        {
            return Result<PlanSavedDto>.Fail([unknownRun]);
        }

        var by = await guard.AuditIdAsync();
        var byName = (await AuditNames.ResolverAsync(db, [by], cancellationToken))(by);
        return await ChangeAsync(db, model.Id, model.ConcurrencyToken, plan =>
        {
            plan.EditDraft(model.Name.Trim(), slug, model.Audience, model.Description, PlanEditMapping.ToContent(model), clock.UtcNow, by);
            return new PlanSavedDto(plan.ConcurrencyToken, plan.UpdatedUtc, byName);
        }, cancellationToken);
    }

    public async Task<Result<Guid>> CreateAsync(NewPlanForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result<Guid>.Forbidden();
        }

        var validation = await newPlanValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<Guid>.Fail(validation.ToProblems());
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var week = new PlanWeek(1, [.. TrainingWeek.Days.Select(d => new PlanSession(d, SessionType.Rest, null, "Rest day"))]);
        var plan = new TrainingPlan(
            Guid.NewGuid(), form.Name.Trim(), await FreeSlugAsync(db, form.Name, cancellationToken), form.Audience, string.Empty,
            new PlanContent([week]), clock.UtcNow, await guard.AuditIdAsync());
        db.TrainingPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Ok(plan.Id);
    }

    /// <summary>A new draft plan from another plan's draft, its distances multiplied by the form's factor.</summary>
    public async Task<Result<Guid>> DuplicateAsync(Guid sourceId, DuplicatePlanForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result<Guid>.Forbidden();
        }

        var validation = await duplicateValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<Guid>.Fail(validation.ToProblems());
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var source = await db.TrainingPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == sourceId, cancellationToken);
        if (source is null)
        {
            return Result<Guid>.NotFound("The plan to copy doesn't exist (any more).");
        }

        try
        {
            var copy = source.Duplicate(
                Guid.NewGuid(), form.Name.Trim(), await FreeSlugAsync(db, form.Name, cancellationToken), form.Audience,
                form.DistanceFactor, clock.UtcNow, await guard.AuditIdAsync());
            db.TrainingPlans.Add(copy);
            await db.SaveChangesAsync(cancellationToken);
            return Result<Guid>.Ok(copy.Id);
        }
        catch (DomainException ex)
        {
            return Result<Guid>.Fail($"Scaled by {form.DistanceFactor}, a session breaks a rule: {ex.Message}", nameof(DuplicatePlanForm.DistanceFactor));
        }
    }

    public Task<Result> ArchiveAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, (plan, now, by) => plan.Archive(now, by), cancellationToken);

    public Task<Result> RestoreAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, (plan, now, by) => plan.Restore(now, by), cancellationToken);

    /// <summary>Publishes the saved draft as the next numbered version, with a summary of what changed.</summary>
    public async Task<Result<PlanVersionDto>> PublishAsync(Guid id, Guid expectedToken, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result<PlanVersionDto>.Forbidden();
        }

        var by = await guard.AuditIdAsync();
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var byName = (await AuditNames.ResolverAsync(db, [by], cancellationToken))(by);
        var published = await ChangeAsync(db, id, expectedToken, plan =>
        {
            var checks = validator.Validate(PlanEditMapping.ToModel(plan));
            var firstError = checks.Errors.FirstOrDefault(e => e.Severity == Severity.Error);
            if (firstError is not null)
            {
                throw new DomainException($"Fix the draft before publishing: {firstError.ErrorMessage}");
            }

            if (plan.LatestVersion is { } latest && PlanChangeSummary.Describe(latest, plan) == PlanChangeSummary.NoChanges)
            {
                throw new DomainException($"Nothing to publish: the draft is the same as version {latest.Number}.");
            }

            var version = plan.Publish(clock.UtcNow, by);

            // A new version found through the navigation has its Guid key set, so EF would take it for an existing row.
            db.PlanVersions.Add(version);
            return new PlanVersionDto(version.Number, version.PublishedUtc, byName, version.ChangeSummary);
        }, cancellationToken, includeVersions: true);
        if (published.Succeeded)
        {
            await publicCache.InvalidateAsync(PublicContent.Plans, cancellationToken);
        }

        return published;
    }

    public async Task<Result<IReadOnlyList<PlanVersionDto>>> ListVersionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result<IReadOnlyList<PlanVersionDto>>.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var plan = await db.TrainingPlans.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return Result<IReadOnlyList<PlanVersionDto>>.NotFound("This plan doesn't exist (any more).");
        }

        var name = await AuditNames.ResolverAsync(db, plan.Versions.Select(v => v.PublishedBy), cancellationToken);
        return Result<IReadOnlyList<PlanVersionDto>>.Ok(Versions(plan, name));
    }

    /// <summary>One published version exactly as runners saw it.</summary>
    public async Task<Result<PublishedPlanDto>> GetVersionAsync(Guid id, int number, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result<PublishedPlanDto>.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var slug = await db.TrainingPlans.Where(p => p.Id == id).Select(p => p.Slug).SingleOrDefaultAsync(cancellationToken);
        var version = await db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.PlanId == id && v.Number == number, cancellationToken);
        return slug is null || version is null
            ? Result<PublishedPlanDto>.NotFound($"This plan has no version {number}.")
            : Result<PublishedPlanDto>.Ok(await PlanCatalog.ToDtoAsync(db, slug, version, markdown, cancellationToken));
    }

    /// <summary>Makes an older version the draft again (published only when the coach publishes).</summary>
    public async Task<Result<PlanSavedDto>> RestoreVersionAsync(Guid id, int number, Guid expectedToken, CancellationToken cancellationToken = default)
    {
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result<PlanSavedDto>.Forbidden();
        }

        var by = await guard.AuditIdAsync();
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var byName = (await AuditNames.ResolverAsync(db, [by], cancellationToken))(by);
        return await ChangeAsync(db, id, expectedToken, plan =>
        {
            plan.RestoreVersionAsDraft(number, clock.UtcNow, by);
            return new PlanSavedDto(plan.ConcurrencyToken, plan.UpdatedUtc, byName);
        }, cancellationToken, includeVersions: true);
    }

    private async Task<Result> ChangeStatusAsync(Guid id, Action<TrainingPlan, DateTime, string> change, CancellationToken cancellationToken)
    {
        if (!await guard.IsAllowedAsync(Policies.CanEditPlans))
        {
            return Result.Forbidden();
        }

        var by = await guard.AuditIdAsync();
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var result = await ChangeAsync(db, id, expectedToken: null, plan =>
        {
            change(plan, clock.UtcNow, by);
            return true;
        }, cancellationToken, includeVersions: true);
        if (!result.Succeeded)
        {
            return result;
        }

        await publicCache.InvalidateAsync(PublicContent.Plans, cancellationToken);
        return Result.Ok();
    }

    /// <summary>
    /// Loads the plan, applies <paramref name="change"/> and saves, with the caller's token as the
    /// original value so EF's concurrency check refuses a save over a newer one.
    /// </summary>
    private async Task<Result<T>> ChangeAsync<T>(
        IAlphasRunDb db, Guid id, Guid? expectedToken, Func<TrainingPlan, T> change, CancellationToken cancellationToken, bool includeVersions = false)
    {
        IQueryable<TrainingPlan> query = includeVersions ? db.TrainingPlans.Include(p => p.Versions) : db.TrainingPlans;
        var plan = await query.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return Result<T>.NotFound("This plan doesn't exist (any more).");
        }

        if (expectedToken is { } token)
        {
            db.ExpectOriginalValue(plan, p => p.ConcurrencyToken, token);
        }

        try
        {
            var value = change(plan);
            await db.SaveChangesAsync(cancellationToken);
            return Result<T>.Ok(value);
        }
        catch (DomainException ex)
        {
            return Result<T>.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<T>.Fail([await ConflictAsync(id, cancellationToken)]);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a slug clash that raced past the check before the save.
            if (await SlugTakenAsync(plan.Slug, id, cancellationToken))
            {
                return Result<T>.Fail([SlugTaken(plan.Slug)]);
            }

            throw;
        }
    }

    private async Task<Problem> ConflictAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var current = await db.TrainingPlans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.UpdatedBy, p.UpdatedUtc })
            .SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return new Problem("Someone deleted this plan while you were editing it.", ConflictField);
        }

        var when = clock.ToLocal(current.UpdatedUtc).ToString("h:mm tt 'on' MMMM d", ClubClock.Culture);
        var who = (await AuditNames.ResolverAsync(db, [current.UpdatedBy], cancellationToken))(current.UpdatedBy);
        return new Problem(
            $"{who} saved this plan at {when}, while you were editing it. Your changes were not saved; reload to see theirs, then make yours again.",
            ConflictField);
    }

    private async Task<bool> SlugTakenAsync(string slug, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.TrainingPlans.AnyAsync(p => p.Slug == slug && p.Id != id, cancellationToken);
    }

    private static Problem SlugTaken(string slug) =>
        new($"Another plan already uses /plans/{slug}; choose another web address.", nameof(PlanEditModel.Slug));

    private static async Task<Problem?> UnknownCrewRunAsync(IAlphasRunDb db, PlanEditModel model, CancellationToken cancellationToken)
    {
        var linked = model.Weeks.SelectMany(w => w.Sessions).Select(s => s.GroupRunScheduleId).OfType<Guid>().Distinct().ToList();
        if (linked.Count == 0)
        {
            return null;
        }

        var known = await db.GroupRunSchedules.Where(s => linked.Contains(s.Id)).CountAsync(cancellationToken);
        return known == linked.Count ? null : new Problem("A session is linked to a crew run that no longer exists; choose another.");
    }

    /// <summary>The name's slug, with -2, -3… added until no other plan uses it.</summary>
    private static async Task<string> FreeSlugAsync(IAlphasRunDb db, string name, CancellationToken cancellationToken)
    {
        var slug = PlanEditMapping.Slugify(name);
        var taken = await db.TrainingPlans.Where(p => p.Slug.StartsWith(slug)).Select(p => p.Slug).ToListAsync(cancellationToken);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    private static bool HasUnpublishedChanges(TrainingPlan plan) =>
        plan.LatestVersion is not { } latest || PlanChangeSummary.Describe(latest, plan) != PlanChangeSummary.NoChanges;

    private static IReadOnlyList<PlanVersionDto> Versions(TrainingPlan plan, Func<string?, string> name) =>
        [.. plan.Versions.OrderByDescending(v => v.Number).Select(v => new PlanVersionDto(v.Number, v.PublishedUtc, name(v.PublishedBy), v.ChangeSummary))];
}
