using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Core.Dossiers;
using OneStop.Core.Scanning;

namespace OneStop.Core.Persistence.Configurations;

internal sealed class ScanFileConfiguration : IEntityTypeConfiguration<ScanFile>
{
    public void Configure(EntityTypeBuilder<ScanFile> b)
    {
        b.ToTable("ScanFiles");
        b.HasKey(x => x.Hash);
        b.Property(x => x.Hash).HasMaxLength(ScanFile.HashLength);
        b.Property(x => x.ContentType).HasMaxLength(ScanFile.ContentTypeLength);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("Attachments");
        b.HasKey(x => x.Id);
        b.Property(x => x.ItemName).HasMaxLength(Attachment.NameLength);
        b.Property(x => x.FileName).HasMaxLength(Attachment.NameLength);
        b.Property(x => x.FileHash).HasMaxLength(ScanFile.HashLength);
        b.Property(x => x.ContentType).HasMaxLength(ScanFile.ContentTypeLength);
        b.Property(x => x.AttachedBy).HasMaxLength(256);
        b.Property(x => x.AttachedByName).HasMaxLength(200);
        b.Property(x => x.ReusedFromCode).HasMaxLength(DossierCode.MaxLength);
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        // A stored file cannot go while an attachment refers to it.
        b.HasOne<ScanFile>().WithMany().HasForeignKey(x => x.FileHash).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.DossierId);
        b.HasIndex(x => x.FileHash);
    }
}

internal sealed class ScanTrayConfiguration : IEntityTypeConfiguration<ScanTray>
{
    public void Configure(EntityTypeBuilder<ScanTray> b)
    {
        b.ToTable("ScanTrays");
        b.HasKey(x => x.UserName);
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.Folder).HasMaxLength(ScanTray.FolderLength);
    }
}
