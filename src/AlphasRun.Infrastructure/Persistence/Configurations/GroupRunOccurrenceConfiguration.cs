using AlphasRun.Domain.GroupRuns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlphasRun.Infrastructure.Persistence.Configurations;

internal sealed class GroupRunOccurrenceConfiguration : IEntityTypeConfiguration<GroupRunOccurrence>
{
    public void Configure(EntityTypeBuilder<GroupRunOccurrence> builder)
    {
        builder.HasKey(o => o.Id);
        builder.HasOne(o => o.Schedule).WithMany().HasForeignKey(o => o.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        // Generation is idempotent because of this key: one dated run per schedule and local date.
        builder.HasIndex(o => new { o.ScheduleId, o.LocalDate }).IsUnique();
        builder.HasIndex(o => o.StartUtc);
        builder.Property(o => o.StartUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.CancellationReason).HasMaxLength(200);
    }
}
