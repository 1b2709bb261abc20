using AlphasRun.Domain.Runners;
using AlphasRun.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlphasRun.Infrastructure.Persistence.Configurations;

internal sealed class RunnerConfiguration : IEntityTypeConfiguration<Runner>
{
    public void Configure(EntityTypeBuilder<Runner> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.UserId).IsUnique();
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<Runner>(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.FirstName).HasMaxLength(60).IsRequired();
        builder.Property(r => r.LastName).HasMaxLength(60).IsRequired();
        builder.Property(r => r.MainDistance).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.EmergencyContactName).HasMaxLength(120);
        builder.Property(r => r.EmergencyContactPhone).HasMaxLength(30);
        builder.Ignore(r => r.FullName);
        builder.Property(r => r.CalendarToken).HasMaxLength(64);
        builder.HasIndex(r => r.CalendarToken).IsUnique();
    }
}
