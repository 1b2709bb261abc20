using AlphasRun.Domain.Common;

namespace AlphasRun.Web;

/// <summary>Pace groups are named by their pace per kilometre ("5:45"); a member who reads miles sees "9:15 min/mi".</summary>
public static class PaceGroupText
{
    /// <summary>"5:45 min/km", or "9:15 min/mi" for a member who reads miles.</summary>
    public static string Display(string paceGroup, DistanceUnit units) => $"{Pace(paceGroup, units)} {Unit(units)}";

    /// <summary>The group's pace in the member's unit ("9:15"); a name that is not a pace stays as it is.</summary>
    public static string Pace(string paceGroup, DistanceUnit units)
    {
        ArgumentNullException.ThrowIfNull(paceGroup);
        return Domain.Common.Pace.TryParse(paceGroup, DistanceUnit.Kilometres, out var pace) ? pace.FormatClock(units) : paceGroup;
    }

    public static string Unit(DistanceUnit units) => $"min/{Distance.Symbol(units)}";
}
