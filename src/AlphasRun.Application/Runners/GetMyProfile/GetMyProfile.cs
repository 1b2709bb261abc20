using AlphasRun.Domain.Common;

namespace AlphasRun.Application.Runners.GetMyProfile;

/// <summary>The signed-in member's own profile, as the profile form shows it.</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record GetMyProfile : IUseCase<Result<ProfileDto>>;

internal sealed class GetMyProfileHandler(IMemberAccounts accounts, IAlphasRunDbFactory dbFactory) : IUseCaseHandler<GetMyProfile, Result<ProfileDto>>
{
    public async Task<Result<ProfileDto>> HandleAsync(GetMyProfile request, Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runner = await db.Runners.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == caller.Member, cancellationToken);
        if (runner is null)
        {
            return Result<ProfileDto>.NotFound(Members.ProfileNotFound);
        }

        var form = new ProfileForm
        {
            FirstName = runner.FirstName,
            LastName = runner.LastName,
            MainDistance = runner.MainDistance,
            EasyPace = runner.EasyPaceSecondsPerKm is { } pace ? Pace.FromSecondsPerKm(pace).FormatClock(DistanceUnit.Kilometres) : null,
            PaceUnit = DistanceUnit.Kilometres,
            EmergencyContactName = runner.EmergencyContactName,
            EmergencyContactPhone = runner.EmergencyContactPhone,
        };
        var email = await accounts.EmailOfAsync(caller.Member, cancellationToken) ?? string.Empty;
        return Result<ProfileDto>.Ok(new ProfileDto(email, form, runner.JoinedUtc, runner.WaiverAcceptedUtc));
    }
}
