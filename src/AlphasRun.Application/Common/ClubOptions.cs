namespace AlphasRun.Application.Common;

/// <summary>Settings under the <c>AlphasRun</c> configuration section.</summary>
public sealed class ClubOptions
{
    public const string SectionName = "AlphasRun";

    /// <summary>IANA id of the club's time zone; every run time is wall-clock time here.</summary>
    public string TimeZone { get; set; } = "America/Toronto";

    /// <summary>How far ahead dated runs are generated from the weekly schedules.</summary>
    public int GenerateRunsDaysAhead { get; set; } = 56;

    /// <summary>Emails that are made Admins once they have an account.</summary>
    public IList<string> Admins { get; init; } = [];
}
