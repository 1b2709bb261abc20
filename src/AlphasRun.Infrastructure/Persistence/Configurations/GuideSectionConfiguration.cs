using AlphasRun.Domain.Guide;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlphasRun.Infrastructure.Persistence.Configurations;

internal sealed class GuideSectionConfiguration : IEntityTypeConfiguration<GuideSection>
{
    public void Configure(EntityTypeBuilder<GuideSection> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Anchor).HasMaxLength(60).IsRequired();
        builder.HasIndex(s => s.Anchor).IsUnique();
        builder.Property(s => s.Title).HasMaxLength(120).IsRequired();
        builder.Property(s => s.BodyMarkdown).HasMaxLength(20000).IsRequired();
        builder.Property(s => s.PublishedBy).HasMaxLength(256);
        builder.Property(s => s.DraftTitle).HasMaxLength(120);
        builder.Property(s => s.DraftBodyMarkdown).HasMaxLength(20000);
        builder.Property(s => s.DraftUpdatedBy).HasMaxLength(256);
        builder.Property(s => s.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(s => s.HasDraft);
    }
}
