using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Guide;
using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Runners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AlphasRun.Application.Common;

/// <summary>The club's database as the use cases see it; one short-lived instance per operation.</summary>
public interface IAlphasRunDb : IAsyncDisposable
{
    DbSet<TrainingPlan> TrainingPlans { get; }

    DbSet<PlanVersion> PlanVersions { get; }

    DbSet<GuideSection> GuideSections { get; }

    DbSet<Location> Locations { get; }

    DbSet<GroupRunSchedule> GroupRunSchedules { get; }

    DbSet<GroupRunOccurrence> GroupRunOccurrences { get; }

    DbSet<Registration> Registrations { get; }

    DbSet<Runner> Runners { get; }

    DbSet<StandingRegistration> StandingRegistrations { get; }

    DatabaseFacade Database { get; }

    /// <summary>For setting a concurrency token's original value to the one the caller loaded.</summary>
    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Creates <see cref="IAlphasRunDb"/> instances (backed by EF Core's IDbContextFactory).</summary>
public interface IAlphasRunDbFactory
{
    Task<IAlphasRunDb> CreateAsync(CancellationToken cancellationToken = default);
}
