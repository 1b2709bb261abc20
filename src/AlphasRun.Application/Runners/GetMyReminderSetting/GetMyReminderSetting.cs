using AlphasRun.Application.Notifications;
using AlphasRun.Domain.Runners;
using Microsoft.Extensions.Options;

namespace AlphasRun.Application.Runners.GetMyReminderSetting;

/// <summary>One reminder choice as the profile page offers it.</summary>
public sealed record ReminderOptionDto(ReminderChoice Choice, string Label);

/// <summary>The member's reminder choice and the choices there are.</summary>
public sealed record ReminderSettingDto(ReminderChoice Choice, IReadOnlyList<ReminderOptionDto> Options);

/// <summary>The signed-in member's reminder setting (the email before each run and the alarm in their calendar feed).</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record GetMyReminderSetting : IUseCase<Result<ReminderSettingDto>>;

internal sealed class GetMyReminderSettingHandler(IAlphasRunDbFactory dbFactory, IOptions<ReminderOptions> options)
    : IUseCaseHandler<GetMyReminderSetting, Result<ReminderSettingDto>>
{
    private static readonly ReminderChoice[] Order =
        [ReminderChoice.ClubDefault, ReminderChoice.EveningBefore, ReminderChoice.ThreeHoursBefore, ReminderChoice.OneHourBefore, ReminderChoice.Off];

    public async Task<Result<ReminderSettingDto>> HandleAsync(GetMyReminderSetting request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var choice = await db.Runners.AsNoTracking().Where(r => r.UserId == caller.Member).Select(r => (ReminderChoice?)r.Reminder).SingleOrDefaultAsync(cancellationToken);
        return choice is { } c
            ? Result<ReminderSettingDto>.Ok(new ReminderSettingDto(c, [.. Order.Select(o => new ReminderOptionDto(o, options.Value.Describe(o)))]))
            : Result<ReminderSettingDto>.NotFound(Members.ProfileNotFound);
    }
}
