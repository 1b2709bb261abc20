using AlphasRun.Application.Common;
using AlphasRun.Application.Common.Security;
using AlphasRun.Application.Runners;
using AlphasRun.Domain.Plans;
using AlphasRun.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlphasRun.Infrastructure.Identity;

/// <summary>On every start: the three roles exist, and members whose <em>confirmed</em> email is in <c>AlphasRun:Admins</c> are Admins.</summary>
internal sealed class RolesAndAdminsSeed(IServiceScopeFactory scopes, IOptions<ClubOptions> options) : IStartupSeedStep
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var email in options.Value.Admins.Where(e => !string.IsNullOrWhiteSpace(e)))
        {
            if (await users.FindByEmailAsync(email.Trim()) is { } user)
            {
                await MemberAccounts.GrantConfiguredAdminAsync(users, user, options.Value);
            }
        }
    }
}

/// <summary>Development only: a demo runner, coach and admin, so a newcomer can try every role at once.</summary>
internal sealed partial class DemoAccountsSeed(IServiceScopeFactory scopes, IHostEnvironment environment, ILogger<DemoAccountsSeed> logger) : IStartupSeedStep
{
    public static readonly IReadOnlyList<(string Email, string Password, string First, string Role)> Accounts =
    [
        ("runner@alphasrun.local", "run-with-the-crew", "Riley", Roles.Runner),
        ("coach@alphasrun.local", "coach-the-crew-2026", "Casey", Roles.Coach),
        ("admin@alphasrun.local", "admin-the-crew-2026", "Alex", Roles.Admin),
    ];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IMemberAccounts>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var (email, password, first, role) in Accounts)
        {
            if (await users.FindByEmailAsync(email) is null)
            {
                var form = new JoinForm
                {
                    Email = email, Password = password, ConfirmPassword = password, FirstName = first, LastName = "Demo",
                    MainDistance = PlanAudience.HalfMarathon, EasyPace = "6:00", AcceptsWaiver = true,
                };
                await accounts.CreateMemberAsync(form, DateTime.UtcNow, cancellationToken);
                await accounts.SetRoleAsync(email, role, granted: true, cancellationToken);
                if (await users.FindByEmailAsync(email) is { } user)
                {
                    user.EmailConfirmed = true;
                    await users.UpdateAsync(user);
                }
            }

            LogDemoAccount(role, email, password);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development demo {Role}: {Email} / {Password}")]
    private partial void LogDemoAccount(string role, string email, string password);
}
