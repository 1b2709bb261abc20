using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Runners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlphasRun.Infrastructure.Persistence.Configurations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasOne<GroupRunOccurrence>().WithMany().HasForeignKey(r => r.OccurrenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Runner>().WithMany().HasForeignKey(r => r.RunnerId).OnDelete(DeleteBehavior.SetNull);
        // Never two registrations of one runner for one run, whatever races in the application.
        builder.HasIndex(r => new { r.OccurrenceId, r.RunnerId }).IsUnique();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.PaceGroup).HasMaxLength(20);
        builder.Property(r => r.WalkInName).HasMaxLength(120);
        builder.Property(r => r.QueuedUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        // The waitlist is read in queue order for one run.
        builder.HasIndex(r => new { r.OccurrenceId, r.Status, r.QueueNumber });
        // Never two runners with one place in a run's queue. Walk-ins (and rows older than queue numbers) have 0.
        builder.HasIndex(r => new { r.OccurrenceId, r.QueueNumber }).IsUnique().HasFilter("\"QueueNumber\" > 0").HasDatabaseName("IX_Registrations_OccurrenceId_QueueNumber_Unique");
        builder.Ignore(r => r.IsActive);
    }
}
