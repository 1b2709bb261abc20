using AlphasRun.Application.GroupRuns.Seats;
using FluentValidation;

namespace AlphasRun.Application.GroupRuns.Roster.AddWalkIn;

/// <summary>Someone turned up without registering: on the roster by name, checked in, outside the counted places (<see cref="RunSeats"/>).</summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record AddWalkIn(Guid RunId, string? Name, string? PaceGroup) : IUseCase<Result>
{
    public const int NameMax = 120;

    /// <summary>The field the walk-in form shows the name's message beside.</summary>
    public const string NameField = "WalkInName";
}

internal sealed class AddWalkInValidator : AbstractValidator<AddWalkIn>
{
    public AddWalkInValidator()
    {
        RuleFor(r => r.Name).Custom((name, context) =>
        {
            var trimmed = name?.Trim() ?? string.Empty;
            if (trimmed.Length == 0)
            {
                context.AddFailure(AddWalkIn.NameField, "Enter the runner's name.");
            }
            else if (trimmed.Length > AddWalkIn.NameMax)
            {
                context.AddFailure(AddWalkIn.NameField, $"Name: at most {AddWalkIn.NameMax} characters.");
            }
        });
    }
}

internal sealed class AddWalkInHandler(RunSeats seats) : IUseCaseHandler<AddWalkIn, Result>
{
    public Task<Result> HandleAsync(AddWalkIn request, Caller caller, CancellationToken cancellationToken) =>
        seats.AddWalkInAsync(request.RunId, request.Name!.Trim(), PaceGroupChoice.Clean(request.PaceGroup), cancellationToken);
}
