using System.Linq.Expressions;
using AlphasRun.Application.Notifications;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Guide;
using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Runners;
using AlphasRun.Domain.Seasons;

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

    DbSet<SeasonProfile> SeasonProfiles { get; }

    DbSet<TrainingLogEntry> TrainingLogEntries { get; }

    /// <summary>Emails to send, written in the same transaction as the change that causes them.</summary>
    DbSet<OutboxMessage> OutboxMessages { get; }

    /// <summary>
    /// Starts a write transaction (SQLite: <c>BEGIN IMMEDIATE</c>, the single writer; PostgreSQL: read
    /// committed, where the conditional UPDATEs take row locks). Not committed when disposed = rolled back.
    /// </summary>
    Task<IWriteTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets the value a concurrency token had when the caller loaded the entity (optimistic concurrency across requests).</summary>
    void ExpectOriginalValue<TEntity, TProperty>(TEntity entity, Expression<Func<TEntity, TProperty>> token, TProperty value)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>A database transaction as the use cases see it.</summary>
public interface IWriteTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken = default);
}

/// <summary>Creates <see cref="IAlphasRunDb"/> instances (backed by EF Core's IDbContextFactory).</summary>
public interface IAlphasRunDbFactory
{
    Task<IAlphasRunDb> CreateAsync(CancellationToken cancellationToken = default);
}
