using System.Linq.Expressions;
using AlphasRun.Application.Common;
using AlphasRun.Application.Notifications;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Guide;
using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Runners;
using AlphasRun.Domain.Seasons;
using AlphasRun.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AlphasRun.Infrastructure.Persistence;

/// <summary>
/// The club's database: Identity's tables and the club's own.
/// New migration, once per provider (each has its own migrations assembly):
/// SQLite <c>dotnet ef migrations add NAME --project src/AlphasRun.Infrastructure --startup-project src/AlphasRun.Web --output-dir Persistence/Migrations</c>;
/// PostgreSQL <c>dotnet ef migrations add NAME --project src/AlphasRun.Infrastructure.PostgreSql --startup-project src/AlphasRun.Web --output-dir Migrations -- --AlphasRun:Database=PostgreSQL --ConnectionStrings:AlphasRun="Host=localhost;Username=alphasrun;Password=alphasrun;Database=alphasrun"</c>.
/// </summary>
public sealed class AlphasRunDbContext(DbContextOptions<AlphasRunDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IAlphasRunDb, IDataProtectionKeyContext
{
    /// <summary>Data-protection keys live with the data, so sign-in cookies survive a restart or redeploy.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<TrainingPlan> TrainingPlans => Set<TrainingPlan>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<GuideSection> GuideSections => Set<GuideSection>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<GroupRunSchedule> GroupRunSchedules => Set<GroupRunSchedule>();

    public DbSet<GroupRunOccurrence> GroupRunOccurrences => Set<GroupRunOccurrence>();

    public DbSet<Registration> Registrations => Set<Registration>();

    public DbSet<Runner> Runners => Set<Runner>();

    public DbSet<StandingRegistration> StandingRegistrations => Set<StandingRegistration>();

    public DbSet<SeasonProfile> SeasonProfiles => Set<SeasonProfile>();

    public DbSet<TrainingLogEntry> TrainingLogEntries => Set<TrainingLogEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>The rows of the recurring jobs: which instance holds each and when it is next due (see <see cref="Scheduling.JobRunner"/>).</summary>
    public DbSet<ScheduledJob> ScheduledJobs => Set<ScheduledJob>();

    async Task<IWriteTransaction> IAlphasRunDb.BeginTransactionAsync(CancellationToken cancellationToken) =>
        new WriteTransaction(await Database.BeginTransactionAsync(cancellationToken));

    void IAlphasRunDb.ExpectOriginalValue<TEntity, TProperty>(TEntity entity, Expression<Func<TEntity, TProperty>> token, TProperty value) =>
        Entry(entity).Property(token).OriginalValue = value;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AlphasRunDbContext).Assembly);
    }

    private sealed class WriteTransaction(IDbContextTransaction transaction) : IWriteTransaction
    {
        public Task CommitAsync(CancellationToken cancellationToken = default) => transaction.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
