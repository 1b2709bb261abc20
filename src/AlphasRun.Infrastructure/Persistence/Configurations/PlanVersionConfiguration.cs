using AlphasRun.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlphasRun.Infrastructure.Persistence.Configurations;

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        builder.Property(v => v.Name).HasMaxLength(120).IsRequired();
        builder.Property(v => v.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Description).HasMaxLength(8000);
        builder.Property(v => v.PublishedBy).HasMaxLength(256);
        builder.Property(v => v.ChangeSummary).HasMaxLength(4000);
        builder.Property(v => v.Content)
            .HasColumnName("ContentJson")
            .HasConversion(PlanContentJson.Converter, PlanContentJson.Comparer);
    }
}
