using Microsoft.AspNetCore.Identity;

namespace AlphasRun.Infrastructure.Identity;

/// <summary>The sign-in account; the running profile is a <see cref="Domain.Runners.Runner"/> linked by user id.</summary>
public sealed class ApplicationUser : IdentityUser;
