using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Core.Catalog;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;

namespace OneStop.Core.Persistence.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(DossierCode.MaxLength);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Delivery).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Checklist).HasConversion(Json.Converter<IReadOnlyList<ChecklistItem>>(), Json.Comparer<IReadOnlyList<ChecklistItem>>());
        b.Property(x => x.FeeLines).HasConversion(Json.Converter<IReadOnlyList<FeeQuoteLine>>(), Json.Comparer<IReadOnlyList<FeeQuoteLine>>());
        b.Property(x => x.Apology).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.HolderRole).HasMaxLength(Accounts.Roles.MaxLength);
        b.Ignore(x => x.Applicant);
        b.HasIndex(x => new { x.Status, x.DueAt });
        // Covers every filter of the work queues, so their counts never touch the table.
        b.HasIndex(x => new { x.Status, x.HolderRole, x.AssignedTo, x.Accepted, x.DueAt }).HasDatabaseName("IX_Dossiers_Queue");
        b.HasIndex(x => new { x.DueDate, x.Status });
        b.HasIndex(x => x.ApplicantNameKey);
        b.HasIndex(x => x.ApplicantIdNumber);
        b.HasIndex(x => x.ApplicantPhone);
        b.HasIndex(x => x.ReceivedAt);
        b.HasIndex(x => new { x.FieldCode, x.ReceivedAt });
    }
}

internal sealed class DossierEventConfiguration : IEntityTypeConfiguration<DossierEvent>
{
    public void Configure(EntityTypeBuilder<DossierEvent> b)
    {
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.DossierId);
        b.Property(x => x.Kind).HasMaxLength(DossierEventKinds.MaxLength);
        b.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Hash).HasMaxLength(DossierEvent.HashLength);
        b.Property(x => x.PreviousHash).HasMaxLength(DossierEvent.HashLength);
        b.HasOne<Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrailHeadConfiguration : IEntityTypeConfiguration<TrailHead>
{
    public void Configure(EntityTypeBuilder<TrailHead> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Hash).HasMaxLength(DossierEvent.HashLength);
    }
}

internal sealed class SequenceConfiguration : IEntityTypeConfiguration<SequenceRow>
{
    public void Configure(EntityTypeBuilder<SequenceRow> b)
    {
        b.ToTable("Sequences");
        b.HasKey(x => x.Scope);
        b.Property(x => x.Scope).HasMaxLength(SequenceRow.ScopeMaxLength);
    }
}

internal sealed class CounterSlipConfiguration : IEntityTypeConfiguration<CounterSlip>
{
    public void Configure(EntityTypeBuilder<CounterSlip> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Items).HasConversion(Json.Converter<IReadOnlyList<SlipItem>>(), Json.Comparer<IReadOnlyList<SlipItem>>());
        b.HasIndex(x => x.At);
        b.Ignore(x => x.NumberText);
    }
}
