namespace AlphasRun.Application.Common.Security;

/// <summary>Every member is a Runner; Coach and Admin are granted.</summary>
public static class Roles
{
    public const string Runner = "Runner";
    public const string Coach = "Coach";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Runner, Coach, Admin];

    public static string? Normalize(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
}
