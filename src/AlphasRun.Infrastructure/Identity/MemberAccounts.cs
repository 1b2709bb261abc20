using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Runners;
using AlphasRun.Domain.Runners;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlphasRun.Infrastructure.Identity;

/// <summary>
/// Membership on ASP.NET Core Identity. Each call opens its own scope, so a UserManager and its
/// DbContext never outlive one operation (important inside a long-lived Blazor circuit).
/// </summary>
internal sealed class MemberAccounts(IServiceScopeFactory scopes, IOptions<ClubOptions> options, RunnerDirectory runners) : IMemberAccounts
{
    public const string DuplicateEmailMessage = IMemberAccounts.DuplicateEmailMessage;

    public async Task<Result<string>> CreateMemberAsync(JoinForm form, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AlphasRunDbContext>();
        var email = form.Email.Trim();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var user = new ApplicationUser { UserName = email, Email = email };
            var created = await users.CreateAsync(user, form.Password);
            if (!created.Succeeded)
            {
                return Result<string>.Fail(created.Errors.Select(ToProblem).Distinct());
            }

            // AlphasRun:Admins is applied only once the email is confirmed (ApplyConfiguredAdminAsync):
            // whoever joins first with an admin's address must not become one.
            await users.AddToRoleAsync(user, Roles.Runner);

            var runner = new Runner(Guid.NewGuid(), user.Id, form.FirstName?.Trim()!, form.LastName?.Trim()!, form.MainDistance, nowUtc);
            runner.UpdateProfile(runner.FirstName, runner.LastName, form.MainDistance, form.EasyPaceSecondsPerKm(), Clean(form.EmergencyContactName), Clean(form.EmergencyContactPhone));
            runner.AcceptWaiver(nowUtc);
            db.Runners.Add(runner);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Result<string>.Ok(user.Id);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            if (await EmailTakenAsync(email, cancellationToken))
            {
                // Two joins with one email raced; the unique index kept the first.
                return Result<string>.Fail(DuplicateEmailMessage, nameof(JoinForm.Email));
            }

            throw;
        }
    }

    public async Task<string?> EmailOfAsync(string userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.FindByIdAsync(userId))?.Email;
    }

    public async Task<string?> UserIdOfEmailAsync(string email, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.FindByEmailAsync(email.Trim()))?.Id;
    }

    public async Task<bool> ApplyConfiguredAdminAsync(string userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.FindByIdAsync(userId) is { } user && await GrantConfiguredAdminAsync(users, user, options.Value);
    }

    /// <summary>Admin for a confirmed email listed in <c>AlphasRun:Admins</c>; never for an unconfirmed one.</summary>
    internal static async Task<bool> GrantConfiguredAdminAsync(UserManager<ApplicationUser> users, ApplicationUser user, ClubOptions options)
    {
        if (!user.EmailConfirmed || user.Email is null
            || !options.Admins.Any(a => string.Equals(a?.Trim(), user.Email, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (!await users.IsInRoleAsync(user, Roles.Admin))
        {
            await users.AddToRoleAsync(user, Roles.Admin);
            await users.UpdateSecurityStampAsync(user);
        }

        return true;
    }

    public async Task<Result> CheckPasswordAsync(string userId, string password, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Result.NotFound("We couldn't find your account.");
        }

        return await PasswordRecheck.CheckAsync(users, user, password) is { } problem ? Result.Fail(problem, "Password") : Result.Ok();
    }

    public async Task<Result> DeleteMemberAsync(string userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Result.NotFound("We couldn't find your account.");
        }

        // The runner row cascades with the user (its standing registrations with it); registrations left keep only an
        // anonymous count (RunnerId set null).
        var deleted = await users.DeleteAsync(user);
        await runners.ForgetAsync(userId, cancellationToken);
        return deleted.Succeeded ? Result.Ok() : Result.Fail(deleted.Errors.Select(ToProblem));
    }

    public async Task<IReadOnlyList<MemberDto>> ListMembersAsync(string? search, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlphasRunDbContext>();
        var query = from runner in db.Runners.AsNoTracking()
                    join user in db.Users.AsNoTracking() on runner.UserId equals user.Id
                    select new { runner, user };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal)}%";
            query = query.Where(x => EF.Functions.Like(x.runner.FirstName + " " + x.runner.LastName, pattern) || EF.Functions.Like(x.user.Email!, pattern));
        }

        var rows = await query.OrderBy(x => x.runner.LastName).ThenBy(x => x.runner.FirstName).Take(500).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.user.Id).ToList();
        var roles = await (from ur in db.UserRoles.AsNoTracking()
                           join role in db.Roles.AsNoTracking() on ur.RoleId equals role.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, role.Name }).ToListAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        return [.. rows.Select(r => new MemberDto(
            r.user.Id,
            r.runner.FullName,
            r.user.Email ?? string.Empty,
            r.runner.MainDistance,
            r.runner.JoinedUtc,
            [.. roles.Where(x => x.UserId == r.user.Id).Select(x => x.Name!).OrderBy(n => Roles.All.ToList().IndexOf(n))],
            r.user.LockoutEnd is { } end && end > now))];
    }

    public async Task<Result> SetRoleAsync(string email, string role, bool granted, CancellationToken cancellationToken)
    {
        if (Roles.Normalize(role) is not { } name)
        {
            return Result.Fail($"Unknown role \"{role}\"; use {string.Join(", ", Roles.All)}.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return Result.NotFound($"No member has the email {email}.");
        }

        var has = await users.IsInRoleAsync(user, name);
        if (has == granted)
        {
            return Result.Ok();
        }

        // No new security stamp: that would sign the member out everywhere. Their sign-in cookie is rebuilt
        // from the database on every request, and services re-check roles before acting (AccessGuard).
        var changed = granted ? await users.AddToRoleAsync(user, name) : await users.RemoveFromRoleAsync(user, name);
        return changed.Succeeded ? Result.Ok() : Result.Fail(changed.Errors.Select(ToProblem));
    }

    public async Task<Result> SetLockedAsync(string userId, bool locked, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return Result.NotFound("No such member.");
        }

        await users.SetLockoutEnabledAsync(user, true);
        var changed = await users.SetLockoutEndDateAsync(user, locked ? AdminLock.Until : null);
        if (changed.Succeeded && !locked)
        {
            // Unlocking also clears a lockout after wrong passwords, and the count towards the next one.
            await users.ResetAccessFailedCountAsync(user);
        }

        if (changed.Succeeded && locked)
        {
            // A new stamp ends every session of the member at its next request.
            await users.UpdateSecurityStampAsync(user);
        }

        return changed.Succeeded ? Result.Ok() : Result.Fail(changed.Errors.Select(ToProblem));
    }

    private async Task<bool> EmailTakenAsync(string email, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        cancellationToken.ThrowIfCancellationRequested();
        return await users.FindByEmailAsync(email) is not null;
    }

    private static Problem ToProblem(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => new Problem(DuplicateEmailMessage, nameof(JoinForm.Email)),
        "InvalidEmail" or "InvalidUserName" => new Problem("Enter a valid email address, like name@example.com.", nameof(JoinForm.Email)),
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => new Problem(error.Description, nameof(JoinForm.Password)),
        _ => new Problem(error.Description),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
