using AlphasRun.Domain.Plans;
using FluentValidation;

namespace AlphasRun.Application.Plans.Editing;

/// <summary>Starting a plan from scratch.</summary>
public sealed class NewPlanForm
{
    public string Name { get; set; } = string.Empty;

    public PlanAudience Audience { get; set; } = PlanAudience.Marathon;
}

/// <summary>Starting a plan as a copy of another, every distance multiplied by <see cref="DistanceFactor"/>.</summary>
public sealed class DuplicatePlanForm
{
    public const decimal MinFactor = 0.1m;
    public const decimal MaxFactor = 3m;

    public string Name { get; set; } = string.Empty;

    public PlanAudience Audience { get; set; } = PlanAudience.HalfMarathon;

    public decimal DistanceFactor { get; set; } = 1m;
}

public sealed class NewPlanFormValidator : AbstractValidator<NewPlanForm>
{
    public NewPlanFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Give the plan a name.")
            .MaximumLength(PlanEditModelValidator.NameMax).WithMessage($"Name: at most {PlanEditModelValidator.NameMax} characters.");
        RuleFor(f => f.Audience).IsInEnum().WithMessage("Choose marathon or half marathon.");
    }
}

public sealed class DuplicatePlanFormValidator : AbstractValidator<DuplicatePlanForm>
{
    public DuplicatePlanFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Give the new plan a name.")
            .MaximumLength(PlanEditModelValidator.NameMax).WithMessage($"Name: at most {PlanEditModelValidator.NameMax} characters.");
        RuleFor(f => f.Audience).IsInEnum().WithMessage("Choose marathon or half marathon.");
        RuleFor(f => f.DistanceFactor).InclusiveBetween(DuplicatePlanForm.MinFactor, DuplicatePlanForm.MaxFactor)
            .WithMessage($"Scale distances by a factor from {DuplicatePlanForm.MinFactor} to {DuplicatePlanForm.MaxFactor:0}, e.g. 0.65 for a half marathon.");
    }
}
