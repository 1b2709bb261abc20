using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Application.Runners;

/// <summary>A member's own account: join, read and edit the profile, delete it all.</summary>
public sealed class MembershipService(
    IMemberAccounts accounts,
    IAlphasRunDbFactory dbFactory,
    AccessGuard guard,
    IValidator<JoinForm> joinValidator,
    IValidator<ProfileForm> profileValidator,
    ClubClock clock)
{
    /// <summary>
    /// Creates the member. An email that already has an account is not an error the visitor sees (that would
    /// tell anyone who is a member): the outcome says so, and the page mails the owner instead.
    /// </summary>
    public async Task<Result<JoinOutcome>> JoinAsync(JoinForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var validation = await joinValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<JoinOutcome>.Fail(validation.ToProblems());
        }

        var created = await accounts.CreateMemberAsync(form, clock.UtcNow, cancellationToken);
        if (created.Succeeded)
        {
            return Result<JoinOutcome>.Ok(new JoinOutcome(created.Value!, AlreadyMember: false));
        }

        if (created.Problems.Any(p => p.Message == IMemberAccounts.DuplicateEmailMessage)
            && await accounts.UserIdOfEmailAsync(form.Email.Trim(), cancellationToken) is { } existing)
        {
            return Result<JoinOutcome>.Ok(new JoinOutcome(existing, AlreadyMember: true));
        }

        return Result<JoinOutcome>.Fail(created.Problems);
    }

    public async Task<Result<ProfileDto>> GetMyProfileAsync(CancellationToken cancellationToken = default)
    {
        if (await guard.UserIdAsync() is not { } userId)
        {
            return Result<ProfileDto>.Forbidden();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runner = await db.Runners.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (runner is null)
        {
            return Result<ProfileDto>.NotFound("We couldn't find your running profile.");
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
        var email = await accounts.EmailOfAsync(userId, cancellationToken) ?? string.Empty;
        return Result<ProfileDto>.Ok(new ProfileDto(email, form, runner.JoinedUtc, runner.WaiverAcceptedUtc));
    }

    public async Task<Result> UpdateMyProfileAsync(ProfileForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await guard.UserIdAsync() is not { } userId)
        {
            return Result.Forbidden();
        }

        var validation = await profileValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToProblems());
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var runner = await db.Runners.SingleOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (runner is null)
        {
            return Result.NotFound("We couldn't find your running profile.");
        }

        runner.UpdateProfile(form.FirstName.Trim(), form.LastName.Trim(), form.MainDistance, form.EasyPaceSecondsPerKm(), Clean(form.EmergencyContactName), Clean(form.EmergencyContactPhone));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    public async Task<Result> DeleteMyAccountAsync(string password, CancellationToken cancellationToken = default)
    {
        if (await guard.UserIdAsync() is not { } userId)
        {
            return Result.Forbidden();
        }

        return await accounts.DeleteMemberAsync(userId, password, cancellationToken);
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
