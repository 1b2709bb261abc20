using AlphasRun.Application.GroupRuns.Seats;
using FluentValidation;

namespace AlphasRun.Application.GroupRuns.Schedules.SetRunCapacity;

/// <summary>
/// Sets the places of one dated run only (two run leaders one Sunday: 20 places that day); null for no limit. One
/// conditional UPDATE decides, so the places never drop below the runners already confirmed, however registrations
/// race (see <see cref="RunSeats"/>).
/// </summary>
[RequiresPolicy(Policies.CanManageRuns)]
public sealed record SetRunCapacity(Guid RunId, int? Capacity) : IUseCase<Result>;

internal sealed class SetRunCapacityValidator : AbstractValidator<SetRunCapacity>
{
    public SetRunCapacityValidator()
    {
        RuleFor(r => r.Capacity).InclusiveBetween(1, ScheduleForm.MaxCapacity)
            .When(r => r.Capacity is not null)
            .WithMessage($"Places: a number from 1 to {ScheduleForm.MaxCapacity}, or empty for no limit.");
    }
}

internal sealed class SetRunCapacityHandler(RunSeats seats, IPublicContentCache publicCache) : IUseCaseHandler<SetRunCapacity, Result>
{
    public async Task<Result> HandleAsync(SetRunCapacity request, Caller caller, CancellationToken cancellationToken)
    {
        var result = await seats.SetCapacityAsync(request.RunId, request.Capacity, cancellationToken);
        if (result.Succeeded)
        {
            await publicCache.InvalidateAsync(PublicContent.Runs, cancellationToken);
        }

        return result;
    }
}
