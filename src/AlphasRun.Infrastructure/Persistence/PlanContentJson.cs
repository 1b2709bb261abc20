using System.Text.Json;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AlphasRun.Infrastructure.Persistence;

/// <summary>
/// A plan's weeks are stored as one JSON document: they are always read and written whole, and a
/// published version is a frozen copy of them. These records keep JSON concerns out of the domain.
/// </summary>
internal static class PlanContentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<PlanContent, string> Converter { get; } = new(
        content => Serialize(content),
        json => Deserialize(json));

    public static ValueComparer<PlanContent> Comparer { get; } = new(
        (a, b) => Serialize(a!) == Serialize(b!),
        content => Serialize(content).GetHashCode(StringComparison.Ordinal),
        content => Deserialize(Serialize(content)));

    public static string Serialize(PlanContent content) => JsonSerializer.Serialize(
        new ContentDoc([.. content.Weeks.Select(w => new WeekDoc(w.Number, [.. w.Sessions.Select(s => new SessionDoc(
            s.Day, s.Type, s.Distance?.MinKm, s.Distance?.MaxKm, s.Title, s.Notes, s.GroupRunScheduleId, s.Effort))]))]),
        Options);

    public static PlanContent Deserialize(string json)
    {
        var doc = JsonSerializer.Deserialize<ContentDoc>(json, Options) ?? throw new InvalidOperationException("Empty plan content.");
        return new PlanContent([.. doc.Weeks.Select(w => new PlanWeek(w.Number, [.. w.Sessions.Select(s => new PlanSession(
            s.Day,
            s.Type,
            s.MinKm is { } min && s.MaxKm is { } max ? DistanceRange.Create(min, max) : null,
            s.Title,
            s.Notes,
            s.GroupRunScheduleId,
            s.Effort))]))]);
    }

    private sealed record ContentDoc(List<WeekDoc> Weeks);

    private sealed record WeekDoc(int Number, List<SessionDoc> Sessions);

    private sealed record SessionDoc(DayOfWeek Day, SessionType Type, decimal? MinKm, decimal? MaxKm, string Title, string? Notes, Guid? GroupRunScheduleId, string? Effort = null);
}
