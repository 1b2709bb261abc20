using System.Globalization;
using System.Text;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Plans.Editing;

/// <summary>Between the domain's plan and the editor's model; the model only becomes a domain value once it validates.</summary>
public static class PlanEditMapping
{
    public static PlanEditModel ToModel(TrainingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanEditModel
        {
            Id = plan.Id,
            ConcurrencyToken = plan.ConcurrencyToken,
            Name = plan.Name,
            Slug = plan.Slug,
            Audience = plan.Audience,
            Description = plan.Description,
            Weeks = [.. plan.Draft.Weeks.Select(w => new PlanWeekModel
            {
                Number = w.Number,
                Sessions = [.. w.Days().SelectMany(d => d.Sessions).Select(s => new PlanSessionModel
                {
                    Day = s.Day,
                    Type = s.Type,
                    MinKm = s.Distance?.MinKm,
                    MaxKm = s.Distance?.MaxKm,
                    Title = s.Title,
                    Effort = s.Effort,
                    Notes = s.Notes,
                    GroupRunScheduleId = s.GroupRunScheduleId,
                })],
            })],
        };
    }

    /// <summary>The model's weeks as domain content, renumbered 1..n and Monday to Sunday. Throws <see cref="DomainException"/> on invalid input.</summary>
    public static PlanContent ToContent(PlanEditModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new PlanContent([.. model.Weeks.Select((w, i) => new PlanWeek(
            i + 1,
            [.. w.Sessions
                .OrderBy(s => (s.Day - DayOfWeek.Monday + 7) % 7)
                .Select(s => new PlanSession(
                    s.Day,
                    s.Type,
                    s.Type.HasDistance() && s.MinKm is { } min && s.MaxKm is { } max ? DistanceRange.Create(min, max) : null,
                    s.Title.Trim(),
                    Blank(s.Notes),
                    s.Type.HasDistance() ? s.GroupRunScheduleId : null,
                    Blank(s.Effort)))]))]);
    }

    /// <summary>A slug from a name: "Spring Half-Marathon Block!" → "spring-half-marathon-block".</summary>
    public static string Slugify(string name)
    {
        var normalized = (name ?? string.Empty).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > PlanEditModelValidator.SlugMax - 4)
        {
            slug = slug[..(PlanEditModelValidator.SlugMax - 4)].Trim('-');
        }

        return slug.Length == 0 ? "plan" : slug;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
