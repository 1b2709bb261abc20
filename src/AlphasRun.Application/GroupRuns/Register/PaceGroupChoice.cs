using AlphasRun.Domain.Common;

namespace AlphasRun.Application.GroupRuns;

/// <summary>Which pace group a registration uses when the member didn't pick one.</summary>
public static class PaceGroupChoice
{
    /// <summary>The pace group nearest the runner's usual easy pace.</summary>
    public static string? Nearest(IReadOnlyList<string> paceGroups, int? easyPaceSecondsPerKm)
    {
        ArgumentNullException.ThrowIfNull(paceGroups);
        var parsed = paceGroups
            .Select(p => (Name: p, Ok: Pace.TryParse(p, DistanceUnit.Kilometres, out var seconds), Seconds: seconds.SecondsPerKm))
            .Where(p => p.Ok)
            .ToList();
        if (parsed.Count == 0)
        {
            return paceGroups.Count > 0 ? paceGroups[0] : null;
        }

        return easyPaceSecondsPerKm is { } pace
            ? parsed.OrderBy(p => Math.Abs(p.Seconds - pace)).First().Name
            : parsed[parsed.Count / 2].Name;
    }

    /// <summary>A posted pace group as stored: trimmed, or none when blank.</summary>
    internal static string? Clean(string? paceGroup) => string.IsNullOrWhiteSpace(paceGroup) ? null : paceGroup.Trim();
}
