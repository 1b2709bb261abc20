using AlphasRun.Domain.Runners;
using FluentValidation;

namespace AlphasRun.Application.Runners.ChooseReminder;

/// <summary>Saves the member's reminder choice, as posted by the profile page's form (the enum's name).</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record ChooseReminder(string? Reminder) : IUseCase<Result>
{
    /// <summary>The choice, once the validator has said it is one of the names (a hand-made post with a number is not).</summary>
    internal ReminderChoice Choice => Enum.Parse<ReminderChoice>(Reminder!);
}

internal sealed class ChooseReminderValidator : AbstractValidator<ChooseReminder>
{
    public ChooseReminderValidator() =>
        RuleFor(r => r.Reminder)
            .Must(choice => Enum.TryParse<ReminderChoice>(choice, ignoreCase: false, out var chosen) && Enum.IsDefined(chosen) && !int.TryParse(choice, out _))
            .WithMessage("Choose one of the reminder options.");
}

internal sealed class ChooseReminderHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<ChooseReminder, Result>
{
    public async Task<Result> HandleAsync(ChooseReminder request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runner = await db.Runners.SingleOrDefaultAsync(r => r.UserId == caller.Member, cancellationToken);
        if (runner is null)
        {
            return Result.NotFound(Members.ProfileNotFound);
        }

        runner.ChooseReminder(request.Choice);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
