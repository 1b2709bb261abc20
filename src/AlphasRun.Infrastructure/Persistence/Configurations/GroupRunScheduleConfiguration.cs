using AlphasRun.Domain.GroupRuns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlphasRun.Infrastructure.Persistence.Configurations;

internal sealed class GroupRunScheduleConfiguration : IEntityTypeConfiguration<GroupRunSchedule>
{
    public void Configure(EntityTypeBuilder<GroupRunSchedule> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(120).IsRequired();
        builder.HasOne(s => s.Location).WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.PrimitiveCollection(s => s.PaceGroups)
            .HasField("_paceGroups")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
