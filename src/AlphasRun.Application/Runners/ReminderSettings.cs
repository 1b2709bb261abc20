using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Notifications;
using AlphasRun.Domain.Runners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlphasRun.Application.Runners;

/// <summary>One reminder choice as the profile page offers it.</summary>
public sealed record ReminderOptionDto(ReminderChoice Choice, string Label);

/// <summary>The member's reminder choice and the choices there are.</summary>
public sealed record ReminderSettingDto(ReminderChoice Choice, IReadOnlyList<ReminderOptionDto> Options);

/// <summary>A member's own reminder setting (the email before each run and the alarm in their calendar feed).</summary>
public sealed class ReminderSettings(IAlphasRunDbFactory dbFactory, AccessGuard guard, IOptions<ReminderOptions> options)
{
    private static readonly ReminderChoice[] Order =
        [ReminderChoice.ClubDefault, ReminderChoice.EveningBefore, ReminderChoice.ThreeHoursBefore, ReminderChoice.OneHourBefore, ReminderChoice.Off];

    public async Task<Result<ReminderSettingDto>> GetMineAsync(CancellationToken cancellationToken = default)
    {
        if (await guard.UserIdAsync() is not { } userId)
        {
            return Result<ReminderSettingDto>.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var choice = await db.Runners.AsNoTracking().Where(r => r.UserId == userId).Select(r => (ReminderChoice?)r.Reminder).SingleOrDefaultAsync(cancellationToken);
        return choice is { } c
            ? Result<ReminderSettingDto>.Ok(new ReminderSettingDto(c, [.. Order.Select(o => new ReminderOptionDto(o, options.Value.Describe(o)))]))
            : Result<ReminderSettingDto>.NotFound("We couldn't find your running profile.");
    }

    /// <summary>Saves the member's choice; a value that is not one of the choices (a hand-made post) is refused with a message.</summary>
    public async Task<Result> ChooseAsync(string? choice, CancellationToken cancellationToken = default)
    {
        if (await guard.UserIdAsync() is not { } userId)
        {
            return Result.Forbidden();
        }

        if (!Enum.TryParse<ReminderChoice>(choice, ignoreCase: false, out var chosen) || !Enum.IsDefined(chosen) || int.TryParse(choice, out _))
        {
            return Result.Fail("Choose one of the reminder options.", "Reminder");
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runner = await db.Runners.SingleOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (runner is null)
        {
            return Result.NotFound("We couldn't find your running profile.");
        }

        runner.ChooseReminder(chosen);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
