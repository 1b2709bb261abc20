using AlphasRun.Application.Runners;
using AlphasRun.Domain.Common;

namespace AlphasRun.Web;

/// <summary>Pace groups are named by their pace per kilometre ("5:45"); a member who reads miles sees "9:15 min/mi".</summary>
public static class PaceGroupText
{
    public static string Display(string paceGroup, DistanceUnit units)
    {
        ArgumentNullException.ThrowIfNull(paceGroup);
        return Pace.TryParse(paceGroup, DistanceUnit.Kilometres, out var secondsPerKm)
            ? $"{Pace.Format(secondsPerKm, units)} min/{(units == DistanceUnit.Miles ? "mi" : "km")}"
            : paceGroup;
    }
}
