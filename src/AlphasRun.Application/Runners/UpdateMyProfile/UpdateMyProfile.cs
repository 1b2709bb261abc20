namespace AlphasRun.Application.Runners.UpdateMyProfile;

/// <summary>Saves the signed-in member's profile form.</summary>
[RequiresPolicy(Policies.IsMember)]
public sealed record UpdateMyProfile(ProfileForm Profile) : IUseCase<Result>, IFormRequest<ProfileForm>
{
    public ProfileForm Form => Profile;
}

internal sealed class UpdateMyProfileHandler(IAlphasRunDbFactory dbFactory) : IUseCaseHandler<UpdateMyProfile, Result>
{
    public async Task<Result> HandleAsync(UpdateMyProfile request, Caller caller, CancellationToken cancellationToken)
    {
        var form = request.Profile;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runner = await db.Runners.SingleOrDefaultAsync(r => r.UserId == caller.Member, cancellationToken);
        if (runner is null)
        {
            return Result.NotFound(Members.ProfileNotFound);
        }

        runner.UpdateProfile(
            form.FirstName.Trim(), form.LastName.Trim(), form.MainDistance, form.EasyPaceSecondsPerKm(),
            Members.Clean(form.EmergencyContactName), Members.Clean(form.EmergencyContactPhone));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
