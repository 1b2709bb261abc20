namespace AlphasRun.Infrastructure.Identity;

/// <summary>
/// An admin's lock (the members page) as opposed to Identity's lockout after wrong passwords: both are a lockout end,
/// but an admin's never ends by itself, while the other ends after <c>AlphasRun:LockoutDuration</c> (or a password
/// reset). People need to know which one they are in, and whom to ask (issue 21).
/// </summary>
public static class AdminLock
{
    /// <summary>The one wording, wherever a locked member meets it: sign-in, reset password, a session that ended.</summary>
    public const string Message = "Your account is locked by the crew's admins, so you can't sign in. To sort it out, ask a coach at the next group run.";

    /// <summary>The lockout end an admin's lock sets.</summary>
    public static DateTimeOffset Until => DateTimeOffset.MaxValue;

    /// <summary>True while an admin's lock holds (PostgreSQL keeps microseconds, so the end reads back a little before <see cref="Until"/>).</summary>
    public static bool Holds(ApplicationUser? user) => user?.LockoutEnd is { Year: 9999 };
}
