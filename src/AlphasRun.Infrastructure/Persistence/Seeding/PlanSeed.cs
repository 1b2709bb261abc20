using AlphasRun.Application.Common;
using AlphasRun.Domain.Common;
using AlphasRun.Domain.Plans;

namespace AlphasRun.Infrastructure.Persistence.Seeding;

/// <summary>
/// The crew's recommended 7-day off-season week. The post fixes one long run (16–18 km marathon /
/// 10–12 km half) and two medium runs (10–12 km / 8–10 km); the rest of the week follows the guide.
/// </summary>
internal static class PlanSeed
{
    public sealed record Distances(decimal LongMin, decimal LongMax, decimal MediumMin, decimal MediumMax, decimal EasyMin, decimal EasyMax);

    public static readonly Distances Marathon = new(16, 18, 10, 12, 5, 6);
    public static readonly Distances HalfMarathon = new(10, 12, 8, 10, 4, 5);

    public static (string Slug, string Name, PlanAudience Audience, string Description, PlanContent Week) Build(
        PlanAudience audience, Guid tuesdayRun, Guid thursdayRun, Guid sundayRun)
    {
        var d = audience == PlanAudience.Marathon ? Marathon : HalfMarathon;
        var who = audience == PlanAudience.Marathon ? "marathoners" : "half marathoners";
        PlanSession[] sessions =
        [
            new(DayOfWeek.Monday, SessionType.Rest, null, "Rest day", "Recovery is training too: sleep, eat well, walk if you like."),
            new(DayOfWeek.Tuesday, SessionType.MediumRun, DistanceRange.Create(d.MediumMin, d.MediumMax), "Medium run", "Steady, conversational effort.", tuesdayRun),
            new(DayOfWeek.Wednesday, SessionType.Strength, null, "Strength, core & hip mobility", "Core work with dynamic hip flexion, glutes and hips; ideally with a strength trainer."),
            new(DayOfWeek.Thursday, SessionType.MediumRun, DistanceRange.Create(d.MediumMin, d.MediumMax), "Medium run", "Steady, conversational effort.", thursdayRun),
            new(DayOfWeek.Friday, SessionType.Rest, null, "Rest day", "Keep your legs fresh for the weekend."),
            new(DayOfWeek.Saturday, SessionType.EasyRun, DistanceRange.Create(d.EasyMin, d.EasyMax), "Easy run: form and cadence", "Slow and relaxed; focus on good form and a quick, light cadence."),
            new(DayOfWeek.Sunday, SessionType.LongRun, DistanceRange.Create(d.LongMin, d.LongMax), "Long run", "Easy pace all the way; this is where your endurance comes from.", sundayRun),
        ];

        var slug = audience == PlanAudience.Marathon ? PlanSlugs.Marathon : PlanSlugs.HalfMarathon;
        var name = audience == PlanAudience.Marathon ? "Off-season week for marathoners" : "Off-season week for half marathoners";
        var description =
            $"""
            The crew's recommended 7-day off-season week for {who}: one long run, two medium runs, an easy run
            to work on form and cadence, a strength and hip-mobility day, and two rest days.

            Start it once you have had your 3–4 weeks of recovery after your race. The medium runs and the long run
            fall on the crew's group runs, so you never have to run them alone.
            """;
        return (slug, name, audience, description, new PlanContent([new PlanWeek(1, sessions)]));
    }
}
