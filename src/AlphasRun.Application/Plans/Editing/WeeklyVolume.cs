using AlphasRun.Domain.Plans;

namespace AlphasRun.Application.Plans.Editing;

/// <summary>A week's running volume as a min–max band, and how each session type contributes to it.</summary>
public sealed record WeekVolume(int Number, decimal MinKm, decimal MaxKm, IReadOnlyList<TypeVolume> ByType)
{
    public decimal MidKm => (MinKm + MaxKm) / 2;

    /// <summary>Computes every week's volume from what the coach has typed so far (unusable distances are skipped).</summary>
    public static IReadOnlyList<WeekVolume> Of(PlanEditModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. model.Weeks.Select(Of)];
    }

    public static WeekVolume Of(PlanWeekModel week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var running = week.Sessions.Where(s => s.HasUsableDistance).ToList();
        var byType = running
            .GroupBy(s => s.Type)
            .OrderBy(g => g.Key)
            .Select(g => new TypeVolume(g.Key, g.Sum(s => s.MinKm!.Value), g.Sum(s => s.MaxKm!.Value)))
            .ToList();
        return new WeekVolume(week.Number, byType.Sum(t => t.MinKm), byType.Sum(t => t.MaxKm), byType);
    }
}

public sealed record TypeVolume(SessionType Type, decimal MinKm, decimal MaxKm);
