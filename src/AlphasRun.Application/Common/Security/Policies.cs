using Microsoft.AspNetCore.Authorization;

namespace AlphasRun.Application.Common.Security;

/// <summary>The authorization policies; pages declare them and services enforce them again.</summary>
public static class Policies
{
    public const string CanEditPlans = nameof(CanEditPlans);
    public const string CanManageRuns = nameof(CanManageRuns);
    public const string CanManageMembers = nameof(CanManageMembers);
    public const string IsMember = nameof(IsMember);

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(CanEditPlans, p => p.RequireRole(Roles.Coach, Roles.Admin));
        options.AddPolicy(CanManageRuns, p => p.RequireRole(Roles.Coach, Roles.Admin));
        options.AddPolicy(CanManageMembers, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(IsMember, p => p.RequireAuthenticatedUser());
    }
}
