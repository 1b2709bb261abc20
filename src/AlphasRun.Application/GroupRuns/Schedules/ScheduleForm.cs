using System.Globalization;
using FluentValidation;

namespace AlphasRun.Application.GroupRuns;

/// <summary>A weekly crew run as a coach edits it.</summary>
public sealed class ScheduleForm
{
    public Guid? Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public DayOfWeek Day { get; set; } = DayOfWeek.Tuesday;

    /// <summary>Local start, "18:00".</summary>
    public string StartTime { get; set; } = "18:00";

    public Guid LocationId { get; set; }

    /// <summary>Empty means unlimited.</summary>
    public const int MaxCapacity = 500;

    public int? Capacity { get; set; }

    /// <summary>Comma-separated paces in min/km, e.g. "5:00, 5:45, 6:30".</summary>
    public string PaceGroups { get; set; } = string.Empty;

    public IReadOnlyList<string> PaceGroupList() =>
        [.. PaceGroups.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];

    public TimeOnly? ParsedStart() =>
        TimeOnly.TryParseExact(StartTime?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}

public sealed class ScheduleFormValidator : AbstractValidator<ScheduleForm>
{
    public ScheduleFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Give the run a name, e.g. \"Tuesday evening run\".")
            .MaximumLength(120).WithMessage("Name: at most 120 characters.");
        RuleFor(f => f.Day).IsInEnum().WithMessage("Choose a day of the week.");
        RuleFor(f => f.StartTime).Must((f, _) => f.ParsedStart() is not null).WithMessage("Write the start time as hours:minutes, e.g. 18:00.");
        RuleFor(f => f.LocationId).NotEmpty().WithMessage("Choose where the crew meets.");
        RuleFor(f => f.Capacity).InclusiveBetween(1, ScheduleForm.MaxCapacity).WithMessage($"Capacity: leave empty for unlimited, or 1 to {ScheduleForm.MaxCapacity}.").When(f => f.Capacity is not null);
        RuleFor(f => f.PaceGroups).MaximumLength(200).WithMessage("Pace groups: at most 200 characters.")
            .Must(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .All(x => Domain.Common.Pace.TryParse(x, Domain.Common.DistanceUnit.Kilometres, out _)))
            .WithMessage("Write pace groups as min/km separated by commas, e.g. 5:00, 5:45, 6:30.")
            .Must(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries).Length <= 8).WithMessage("At most 8 pace groups.");
    }
}
