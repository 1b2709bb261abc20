using AlphasRun.Domain.Common;
using AlphasRun.Domain.Seasons;
using FluentValidation;

namespace AlphasRun.Application.Seasons;

public sealed class SeasonProfileFormValidator : AbstractValidator<SeasonProfileForm>
{
    public SeasonProfileFormValidator(ClubClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(f => f.LastRaceDate)
            .NotNull().WithMessage("Enter the date of your last race.")
            .Must(d => d is null || d <= clock.Today).WithMessage(SeasonRules.LastRaceInFuture)
            .Must(d => d is null || d >= clock.Today.AddYears(-1)).WithMessage(SeasonRules.LastRaceTooLongAgo);
        RuleFor(f => f.LastRaceDistance).IsInEnum().WithMessage("Choose half or full marathon.");
        RuleFor(f => f.FinishTime)
            .Must(t => RunDuration.TryParse(t, twoPartsAreHours: true, out var d) && d > TimeSpan.Zero && d <= SeasonRules.DurationMax)
            .When(f => !string.IsNullOrWhiteSpace(f.FinishTime))
            .WithMessage("Enter your finish time as h:mm:ss, e.g. 3:45:10 (under 24 hours).");
        RuleFor(f => f.RecoveryWeeks)
            .Must(w => w is null or 3 or 4).WithMessage("Recovery lasts 3 or 4 weeks.");

        When(f => f.HasGoal, () =>
        {
            RuleFor(f => f.GoalRaceName)
                .MaximumLength(SeasonProfile.GoalRaceNameMax).WithMessage($"The race name can be at most {SeasonProfile.GoalRaceNameMax} characters.");
            RuleFor(f => f.GoalRaceDate)
                .NotNull().WithMessage("Enter the date of your goal race (or leave all goal race fields empty).")
                .Custom((date, context) =>
                {
                    var form = context.InstanceToValidate;
                    if (date is { } d && form.LastRaceDate is { } last && d <= last)
                    {
                        context.AddFailure(SeasonRules.GoalBeforeLastRace);
                    }
                    else if (date is { } g && g < clock.Today)
                    {
                        context.AddFailure("Your goal race is in the past; enter your next one.");
                    }
                });
            RuleFor(f => f.GoalRaceDistance)
                .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("Enter the distance of your goal race (or leave all goal race fields empty).")
                .Custom((text, context) => CheckDistance(text, context.InstanceToValidate.GoalRace, context.InstanceToValidate.Unit, context.AddFailure));
        });
    }

    /// <summary>A typed distance must read as a number, and its limits are named in the member's unit.</summary>
    internal static void CheckDistance(string? text, Distance? distance, DistanceUnit unit, Action<string> fail)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (distance is not { } d)
        {
            fail(DistanceInput.NotANumber);
        }
        else if (d.Km <= 0)
        {
            fail(SeasonRules.DistanceNotPositive);
        }
        else if (d.Km > SeasonRules.DistanceMaxKm)
        {
            fail(SeasonRules.DistanceTooFar(unit));
        }
    }
}

public sealed class LogEntryFormValidator : AbstractValidator<LogEntryForm>
{
    public const int TitleMax = 120;

    public LogEntryFormValidator(ClubClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(f => f.Date)
            .NotNull().WithMessage("Enter the date of the run.")
            .Must(d => d is null || d <= clock.Today).WithMessage("You can't log a run that hasn't happened yet.")
            .Must(d => d is null || d >= clock.Today.AddYears(-1)).WithMessage("That date is more than a year ago.");
        RuleFor(f => f.Slot).Must(s => s is null or >= 0).WithMessage("That session is not on your plan.");
        RuleFor(f => f.Distance)
            .Must(d => !string.IsNullOrWhiteSpace(d)).When(f => f.IsAnotherRun).WithMessage("Enter how far you ran.");
        RuleFor(f => f.Distance)
            .Custom((text, context) => SeasonProfileFormValidator.CheckDistance(text, context.InstanceToValidate.Ran, context.InstanceToValidate.Unit, context.AddFailure))
            .When(f => !f.Skipped);
        RuleFor(f => f.Duration)
            .Must(t => RunDuration.TryParse(t, twoPartsAreHours: false, out _))
            .When(f => !f.Skipped && !string.IsNullOrWhiteSpace(f.Duration))
            .WithMessage("Enter the time as minutes (45), mm:ss (45:30) or h:mm:ss (1:05:00).")
            .DependentRules(() => RuleFor(f => f.Duration)
                .Must(t => RunDuration.TryParse(t, false, out var d) && d > TimeSpan.Zero).WithMessage(SeasonRules.DurationNotPositive)
                .Must(t => RunDuration.TryParse(t, false, out var d) && d <= SeasonRules.DurationMax).WithMessage(SeasonRules.DurationTooLong)
                .When(f => !f.Skipped && !string.IsNullOrWhiteSpace(f.Duration)));
        RuleFor(f => f.Effort)
            .InclusiveBetween(SeasonRules.EffortMin, SeasonRules.EffortMax)
            .When(f => !f.Skipped)
            .WithMessage(SeasonRules.EffortOutOfRange);
        RuleFor(f => f.Note)
            .MaximumLength(SeasonRules.NoteMax)
            .WithMessage(f => SeasonRules.NoteTooLong(f.Note!.Length));
        RuleFor(f => f.Title).MaximumLength(TitleMax).WithMessage($"The name can be at most {TitleMax} characters.");
    }
}
