using AlphasRun.Domain.GroupRuns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlphasRun.Infrastructure.Persistence.Configurations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Name).HasMaxLength(120).IsRequired();
        builder.Property(l => l.Address).HasMaxLength(250).IsRequired();
        builder.Ignore(l => l.MapUrl);
    }
}
