namespace AlphasRun.Infrastructure.Identity;

/// <summary>
/// The account-wide lockout backstop under <c>AlphasRun</c>: <c>MaxFailedSignIns</c> wrong passwords lock the
/// account for <c>LockoutDuration</c>. The first line is per client (Web's Throttle), so one attacker cannot keep
/// a member locked out.
/// </summary>
public sealed class SignInLockoutSettings
{
    public const string SectionName = "AlphasRun";

    public int MaxFailedSignIns { get; set; } = 20;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
