using AlphasRun.Domain.GroupRuns;
using AlphasRun.Domain.Runners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlphasRun.Infrastructure.Persistence.Configurations;

internal sealed class StandingRegistrationConfiguration : IEntityTypeConfiguration<StandingRegistration>
{
    public void Configure(EntityTypeBuilder<StandingRegistration> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasOne<Runner>().WithMany().HasForeignKey(s => s.RunnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<GroupRunSchedule>().WithMany().HasForeignKey(s => s.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.RunnerId, s.ScheduleId }).IsUnique();
        builder.Property(s => s.PaceGroup).HasMaxLength(20);
    }
}
