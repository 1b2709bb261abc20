using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Guide;
using AlphasRun.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Infrastructure.Persistence.Seeding;

/// <summary>
/// Inserts the club's starting content once. Each kind of content is seeded only when none of it
/// exists, so a restart inserts nothing twice and never overwrites what a coach has edited.
/// </summary>
public sealed class DatabaseSeeder(TimeProvider timeProvider)
{
    public const string SeededBy = "Alphas Run Crew";

    public async Task SeedAsync(AlphasRunDbContext db, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;

        if (!await db.Locations.AnyAsync(cancellationToken))
        {
            db.Locations.Add(new Location(ClubSeed.PaneraBread, ClubSeed.LocationName, ClubSeed.LocationAddress, ClubSeed.Latitude, ClubSeed.Longitude));
        }

        if (!await db.GroupRunSchedules.AnyAsync(cancellationToken))
        {
            db.GroupRunSchedules.AddRange(
                new GroupRunSchedule(ClubSeed.TuesdayRun, "Tuesday evening run", DayOfWeek.Tuesday, new TimeOnly(18, 0), ClubSeed.PaneraBread, paceGroups: ClubSeed.PaceGroups),
                new GroupRunSchedule(ClubSeed.ThursdayRun, "Thursday evening run", DayOfWeek.Thursday, new TimeOnly(18, 0), ClubSeed.PaneraBread, paceGroups: ClubSeed.PaceGroups),
                new GroupRunSchedule(ClubSeed.SundayRun, "Sunday morning long run", DayOfWeek.Sunday, new TimeOnly(8, 0), ClubSeed.PaneraBread, paceGroups: ClubSeed.PaceGroups));
        }

        if (!await db.GuideSections.AnyAsync(cancellationToken))
        {
            var order = 0;
            foreach (var (anchor, title, markdown) in GuideSeed.Sections)
            {
                db.GuideSections.Add(new GuideSection(Guid.NewGuid(), anchor, order++, title, markdown, now));
            }
        }

        if (!await db.TrainingPlans.AnyAsync(cancellationToken))
        {
            foreach (var audience in new[] { PlanAudience.Marathon, PlanAudience.HalfMarathon })
            {
                var (slug, name, aud, description, week) = PlanSeed.Build(audience, ClubSeed.TuesdayRun, ClubSeed.ThursdayRun, ClubSeed.SundayRun);
                var plan = new TrainingPlan(Guid.NewGuid(), name, slug, aud, description, week, now, SeededBy);
                plan.Publish(now, SeededBy, "First version, from the crew's off-season post.");
                db.TrainingPlans.Add(plan);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
