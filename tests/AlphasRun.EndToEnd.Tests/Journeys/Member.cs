namespace AlphasRun.EndToEnd.Tests.Journeys;

/// <summary>
/// Someone with an account. The database is shared by every journey of a run, so a journey that
/// changes a member makes its own (<see cref="New"/>); the demo accounts are only signed in with.
/// </summary>
public sealed record Member(string FirstName, string LastName, string Email, string Password)
{
    /// <summary>The seeded demo accounts (Development only); never change or lock them in a journey.</summary>
    public static readonly Member DemoRunner = new("Riley", "Demo", "runner@alphasrun.local", "run-with-the-crew");

    public static readonly Member DemoCoach = new("Casey", "Demo", "coach@alphasrun.local", "coach-the-crew-2026");

    public static readonly Member DemoAdmin = new("Alex", "Demo", "admin@alphasrun.local", "admin-the-crew-2026");

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>A newcomer no other journey knows: unique email and full name.</summary>
    public static Member New(string firstName, string lastName)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        return new(firstName, $"{lastName}-{id}", $"{firstName.ToLowerInvariant()}.{id}@example.com", "a long run on a cold morning");
    }
}
