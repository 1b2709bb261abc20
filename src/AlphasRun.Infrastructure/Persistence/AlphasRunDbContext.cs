using AlphasRun.Application.Common;
using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Guide;
using AlphasRun.Domain.Plans;
using AlphasRun.Domain.Runners;
using AlphasRun.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AlphasRun.Infrastructure.Persistence;

/// <summary>
/// The club's database: Identity's tables and the club's own.
/// New migration: <c>dotnet ef migrations add NAME --project src/AlphasRun.Infrastructure --startup-project src/AlphasRun.Web --output-dir Persistence/Migrations</c>.
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

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AlphasRunDbContext).Assembly);
    }
}
