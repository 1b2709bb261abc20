namespace AlphasRun.Application.Runners;

/// <summary>What the member use cases share.</summary>
internal static class Members
{
    public const string ProfileNotFound = "We couldn't find your running profile.";

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
