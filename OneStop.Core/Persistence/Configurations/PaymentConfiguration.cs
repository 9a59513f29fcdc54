using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Core.Dossiers;
using OneStop.Core.Payments;

namespace OneStop.Core.Persistence.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("Payments");
        b.HasKey(x => x.Id);
        b.Property(x => x.DossierCode).HasMaxLength(DossierCode.MaxLength);
        b.Property(x => x.Method).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.BankReference).HasMaxLength(Payment.ReferenceMaxLength);
        b.Property(x => x.ReceiptNumber).HasMaxLength(Payment.ReceiptNumberMaxLength);
        b.Property(x => x.ExemptionReason).HasMaxLength(ExemptionReason.NameMaxLength);
        b.Property(x => x.Note).HasMaxLength(Payment.ReasonMaxLength);
        b.Property(x => x.ByUser).HasMaxLength(256);
        b.Property(x => x.ByName).HasMaxLength(200);
        // One settlement per dossier: a fee is never collected twice, even by two counters at once.
        b.HasIndex(x => x.DossierId).IsUnique();
        b.HasIndex(x => x.ReceiptNumber).IsUnique();
        b.HasIndex(x => x.BankReference).IsUnique();
        b.HasIndex(x => x.At);
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StatementImport>().WithMany().HasForeignKey(x => x.StatementImportId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StatementImportConfiguration : IEntityTypeConfiguration<StatementImport>
{
    public void Configure(EntityTypeBuilder<StatementImport> b)
    {
        b.ToTable("StatementImports");
        b.HasKey(x => x.Id);
        b.Property(x => x.FileHash).HasMaxLength(StatementImport.HashLength);
        b.Property(x => x.FileName).HasMaxLength(StatementImport.FileNameMaxLength);
        b.Property(x => x.ByUser).HasMaxLength(256);
        b.Property(x => x.ByName).HasMaxLength(200);
        b.HasIndex(x => x.FileHash).IsUnique();
    }
}

internal sealed class ExemptionReasonConfiguration : IEntityTypeConfiguration<ExemptionReason>
{
    public void Configure(EntityTypeBuilder<ExemptionReason> b)
    {
        b.ToTable("ExemptionReasons");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(ExemptionReason.NameMaxLength);
        b.HasIndex(x => x.Name).IsUnique();
    }
}
