using AlphasRun.Application.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlphasRun.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasMaxLength(40).IsRequired();
        builder.Property(m => m.Detail).HasMaxLength(400);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.UserId).HasMaxLength(OutboxMessage.UserIdMax);
        builder.Property(m => m.CreatedUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(m => m.NextAttemptUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        // The dispatcher looks for unsent messages that are due.
        builder.HasIndex(m => new { m.SentUtc, m.NextAttemptUtc });
        // Once-only messages (a reminder per member and run): the database refuses a second row with the key.
        builder.Property(m => m.DedupKey).HasMaxLength(OutboxMessage.DedupKeyMax);
        builder.HasIndex(m => m.DedupKey).IsUnique();
        builder.HasIndex(m => new { m.OccurrenceId, m.Kind });
    }
}

internal sealed class ScheduledJobConfiguration : IEntityTypeConfiguration<ScheduledJob>
{
    public void Configure(EntityTypeBuilder<ScheduledJob> builder)
    {
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(ScheduledJob.NameMax);
        builder.Property(j => j.LeasedBy).HasMaxLength(ScheduledJob.InstanceMax);
        builder.Property(j => j.LastRunBy).HasMaxLength(ScheduledJob.InstanceMax);
        // UTC DateTime, never DateTimeOffset: SQLite compares these in SQL (the claim's WHERE), as text that sorts by time.
        builder.Property(j => j.NextDueUtc).HasConversion(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
        builder.Property(j => j.LeaseUntilUtc).HasConversion(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
        builder.HasData(new ScheduledJob(ScheduledJob.GenerateRuns));
    }
}
