using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Core.Dossiers;
using OneStop.Core.Ratings;

namespace OneStop.Core.Persistence.Configurations;

internal sealed class ServiceRatingConfiguration : IEntityTypeConfiguration<ServiceRating>
{
    public void Configure(EntityTypeBuilder<ServiceRating> b)
    {
        b.ToTable("ServiceRatings");
        b.HasKey(x => x.Id);
        b.Property(x => x.DossierCode).HasMaxLength(DossierCode.MaxLength);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Comment).HasMaxLength(ServiceRating.CommentMaxLength);
        b.Property(x => x.OfficerUserName).HasMaxLength(256);
        b.Property(x => x.OfficerName).HasMaxLength(200);
        // One rating per dossier, even when two presses race.
        b.HasIndex(x => x.DossierId).IsUnique();
        b.HasIndex(x => x.RatedAt);
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Restrict);
    }
}
