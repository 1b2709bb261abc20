namespace AlphasRun.Application.Seasons.Coaching;

/// <summary>
/// The coaches' opt-in view of members' seasons. A member who never shared, who revoked a second ago, or who does
/// not exist all get the same "not shared" answer, which says nothing about their season.
/// </summary>
public static class CoachSeasons
{
    public const string NotShared = "This member's season is not shared with the coaches.";
}
