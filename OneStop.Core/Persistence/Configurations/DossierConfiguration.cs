using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Core.Dossiers;

namespace OneStop.Core.Persistence.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(60);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.Status, x.DueAt });
        b.HasIndex(x => new { x.DueDate, x.Status });
        b.HasIndex(x => x.ApplicantNameKey);
        b.HasIndex(x => x.ApplicantIdNumber);
        b.HasIndex(x => x.ApplicantPhone);
        b.HasIndex(x => x.ReceivedAt);
    }
}
