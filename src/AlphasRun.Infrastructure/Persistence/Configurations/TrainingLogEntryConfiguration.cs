using AlphasRun.Domain.Runners;
using AlphasRun.Domain.Seasons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlphasRun.Infrastructure.Persistence.Configurations;

internal sealed class TrainingLogEntryConfiguration : IEntityTypeConfiguration<TrainingLogEntry>
{
    public void Configure(EntityTypeBuilder<TrainingLogEntry> builder)
    {
        builder.HasKey(e => e.Id);

        // One entry per planned session and one per crew run: a double post or two check-ins racing keep one.
        // NULLs are distinct in both SQLite and PostgreSQL, so other runs (no slot, no run) are not limited.
        builder.HasIndex(e => new { e.RunnerId, e.Date, e.Slot }).IsUnique();
        builder.HasIndex(e => new { e.RunnerId, e.OccurrenceId }).IsUnique();

        // "Delete my account" deletes the runner, and with it the log.
        builder.HasOne<Runner>().WithMany().HasForeignKey(e => e.RunnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.PlannedType).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Title).HasMaxLength(120).IsRequired();
        builder.Property(e => e.Note).HasMaxLength(SeasonRules.NoteMax);
        builder.Property(e => e.PlannedMinKm).HasPrecision(6, 2);
        builder.Property(e => e.PlannedMaxKm).HasPrecision(6, 2);
        builder.Property(e => e.DistanceKm).HasPrecision(6, 2);
        builder.Ignore(e => e.PlannedDistance);
        builder.Ignore(e => e.PaceSecondsPerKm);
        builder.Ignore(e => e.CountsAsRun);
        builder.Ignore(e => e.IsUntouchedCheckIn);
    }
}
