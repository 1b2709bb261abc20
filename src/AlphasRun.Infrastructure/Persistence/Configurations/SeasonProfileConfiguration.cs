using AlphasRun.Domain.Runners;
using AlphasRun.Domain.Seasons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlphasRun.Infrastructure.Persistence.Configurations;

internal sealed class SeasonProfileConfiguration : IEntityTypeConfiguration<SeasonProfile>
{
    public void Configure(EntityTypeBuilder<SeasonProfile> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.RunnerId).IsUnique();

        // "Delete my account" deletes the runner, and with it the season profile.
        builder.HasOne<Runner>().WithMany().HasForeignKey(p => p.RunnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.LastRaceDistance).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.GoalRaceName).HasMaxLength(SeasonProfile.GoalRaceNameMax).IsRequired();
        builder.Property(p => p.GoalRaceDistanceKm).HasPrecision(6, 2);
        builder.Ignore(p => p.Race);
        builder.Ignore(p => p.HasGoalRace);
    }
}
