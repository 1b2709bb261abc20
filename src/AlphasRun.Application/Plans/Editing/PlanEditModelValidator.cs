using System.Globalization;
using System.Text.RegularExpressions;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;
using FluentValidation;
using FluentValidation.Results;

namespace AlphasRun.Application.Plans.Editing;

/// <summary>
/// The checks a plan goes through while a coach edits it and again on the server before it is saved.
/// Failures of severity Error block saving; Warnings are advice a coach may overrule.
/// Slug uniqueness needs the database, so the SavePlanDraft use case checks it on save.
/// </summary>
public sealed partial class PlanEditModelValidator : AbstractValidator<PlanEditModel>
{
    public const int NameMax = 120;
    public const int SlugMax = 80;
    public const int DescriptionMax = 8000;
    public const int MaxSessionsPerWeek = 35;
    public const decimal MaxWeeklyRise = 0.10m;
    public const decimal MaxLongRunShare = 0.40m;

    public PlanEditModelValidator()
    {
        RuleFor(m => m.Name).NotEmpty().WithMessage("Give the plan a name.")
            .MaximumLength(NameMax).WithMessage($"Name: at most {NameMax} characters.");
        RuleFor(m => m.Slug).NotEmpty().WithMessage("Give the plan a web address (slug).")
            .MaximumLength(SlugMax).WithMessage($"Slug: at most {SlugMax} characters.")
            .Must(s => SlugShape().IsMatch(s ?? string.Empty)).WithMessage("Use lowercase letters, digits and single hyphens, e.g. spring-half-marathon.")
            .When(m => !string.IsNullOrEmpty(m.Slug), ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.Audience).IsInEnum().WithMessage("Choose marathon or half marathon.");
        RuleFor(m => m.Description).MaximumLength(DescriptionMax).WithMessage($"Description: at most {DescriptionMax:N0} characters.");
        RuleFor(m => m.Description).RenderableMarkdown();
        RuleFor(m => m.Weeks).NotNull().Must(w => w.Count is >= 1 and <= PlanContent.MaxWeeks)
            .WithMessage($"A plan has 1 to {PlanContent.MaxWeeks} weeks.");
        RuleForEach(m => m.Weeks).SetValidator(new WeekValidator());
        RuleFor(m => m.Weeks).Custom(CheckWeeks).When(m => m.Weeks is not null);
    }

    public static string WeekPath(int weekIndex) => $"{nameof(PlanEditModel.Weeks)}[{weekIndex}]";

    public static string SessionPath(int weekIndex, int sessionIndex) => $"{WeekPath(weekIndex)}.{nameof(PlanWeekModel.Sessions)}[{sessionIndex}]";

    /// <summary>The rules that look at a whole week, or at one week against the one before.</summary>
    private static void CheckWeeks(List<PlanWeekModel> weeks, ValidationContext<PlanEditModel> context)
    {
        WeekVolume? previous = null;
        for (var w = 0; w < weeks.Count; w++)
        {
            var week = weeks[w];
            var label = $"Week {w + 1}";
            var longRuns = week.Sessions.Select((s, i) => (Session: s, Index: i)).Where(x => x.Session.Type == SessionType.LongRun).ToList();
            foreach (var extra in longRuns.Skip(1))
            {
                context.AddFailure(new ValidationFailure(
                    $"{SessionPath(w, extra.Index)}.{nameof(PlanSessionModel.Type)}",
                    $"{label} already has a long run on {longRuns[0].Session.Day}; a week has at most one."));
            }

            if (week.Sessions.Count > 0 && !week.Sessions.Any(s => s.Type == SessionType.Rest))
            {
                context.AddFailure(Warning(WeekPath(w), $"{label} has no rest day; plan at least one."));
            }

            var volume = WeekVolume.Of(week);
            if (longRuns.Count > 0 && longRuns[0].Session.HasUsableDistance && volume.MidKm > 0)
            {
                var longRun = longRuns[0].Session;
                var share = (longRun.MinKm!.Value + longRun.MaxKm!.Value) / 2 / volume.MidKm;
                if (share > MaxLongRunShare)
                {
                    context.AddFailure(Warning(
                        SessionPath(w, longRuns[0].Index),
                        $"The long run ({Km(longRun.MinKm.Value, longRun.MaxKm.Value)}) is {Percent(share)} of {label.ToLowerInvariant()}'s {Km(volume.MinKm, volume.MaxKm)}; keep it to {Percent(MaxLongRunShare)} or less."));
                }
            }

            if (previous is { MidKm: > 0 } && volume.MidKm > previous.MidKm * (1 + MaxWeeklyRise))
            {
                var rise = (volume.MidKm / previous.MidKm) - 1;
                context.AddFailure(Warning(
                    WeekPath(w),
                    $"{label} rises {Percent(rise)} over week {w} ({Km(previous.MinKm, previous.MaxKm)} → {Km(volume.MinKm, volume.MaxKm)}); keep increases to {Percent(MaxWeeklyRise)} or less."));
            }

            previous = volume;
        }
    }

    private static ValidationFailure Warning(string path, string message) => new(path, message) { Severity = Severity.Warning };

    private static string Percent(decimal share) => share.ToString("0%", CultureInfo.InvariantCulture);

    private static string Km(decimal min, decimal max) => Distance.FormatRange(Distance.FromKm(min), Distance.FromKm(max), DistanceUnit.Kilometres);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();

    private sealed class WeekValidator : AbstractValidator<PlanWeekModel>
    {
        public WeekValidator()
        {
            RuleFor(w => w.Sessions).NotNull().Must(s => s.Count <= MaxSessionsPerWeek)
                .WithMessage(w => $"A week has at most {MaxSessionsPerWeek} sessions; week {w.Number} has {w.Sessions.Count}.");
            RuleForEach(w => w.Sessions).SetValidator(new SessionValidator()).When(w => w.Sessions.Count <= MaxSessionsPerWeek);
        }
    }

    private sealed class SessionValidator : AbstractValidator<PlanSessionModel>
    {
        public const int TitleMax = 80;
        public const int EffortMax = 60;
        public const int NotesMax = 1000;

        public SessionValidator()
        {
            RuleFor(s => s.Day).IsInEnum().WithMessage("Choose a day.");
            RuleFor(s => s.Type).IsInEnum().WithMessage("Choose a session type.");
            RuleFor(s => s.Title).NotEmpty().WithMessage("Give the session a title.")
                .MaximumLength(TitleMax).WithMessage($"Title: at most {TitleMax} characters.");
            RuleFor(s => s.Effort).MaximumLength(EffortMax).WithMessage($"Pace or effort: at most {EffortMax} characters.");
            RuleFor(s => s.Notes).MaximumLength(NotesMax).WithMessage($"Notes: at most {NotesMax:N0} characters.");

            RuleFor(s => s.MinKm).Null().WithMessage(s => $"A {s.Type.DisplayName().ToLowerInvariant()} day carries no distance.")
                .When(s => !s.Type.HasDistance());
            RuleFor(s => s.MaxKm).Null().WithMessage(s => $"A {s.Type.DisplayName().ToLowerInvariant()} day carries no distance.")
                .When(s => !s.Type.HasDistance());

            // Cross-training may go without a distance; running sessions need one.
            RuleFor(s => s.MinKm).NotNull().WithMessage("Enter the shortest distance.")
                .When(s => s.Type.HasDistance() && (s.Type != SessionType.CrossTraining || s.MaxKm is not null));
            RuleFor(s => s.MaxKm).NotNull().WithMessage("Enter the longest distance.")
                .When(s => s.Type.HasDistance() && (s.Type != SessionType.CrossTraining || s.MinKm is not null));
            RuleFor(s => s.MinKm).GreaterThan(0).WithMessage(DistanceRange.MinNotPositive)
                .When(s => s.Type.HasDistance() && s.MinKm is not null);
            RuleFor(s => s.MaxKm)
                .Must((s, max) => max >= s.MinKm).WithMessage(DistanceRange.MaxBelowMin)
                .When(s => s.Type.HasDistance() && s.MinKm is > 0 && s.MaxKm is not null);
            RuleFor(s => s.MinKm).LessThanOrEqualTo(DistanceRange.LimitKm).WithMessage(DistanceRange.TooLong)
                .When(s => s.Type.HasDistance() && s.MinKm is not null);
            RuleFor(s => s.MaxKm).LessThanOrEqualTo(DistanceRange.LimitKm).WithMessage(DistanceRange.TooLong)
                .When(s => s.Type.HasDistance() && s.MaxKm is not null);
        }
    }
}
