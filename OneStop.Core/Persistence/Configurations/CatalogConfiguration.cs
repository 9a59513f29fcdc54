using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Core.Catalog;

namespace OneStop.Core.Persistence.Configurations;

internal sealed class ProcedureFieldConfiguration : IEntityTypeConfiguration<ProcedureField>
{
    public void Configure(EntityTypeBuilder<ProcedureField> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(ProcedureField.CodeMaxLength);
        b.Property(x => x.Name).HasMaxLength(ProcedureField.NameMaxLength);
    }
}

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> b)
    {
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => x.FieldCode);
        b.Property(x => x.Code).HasMaxLength(Procedure.CodeMaxLength);
        b.Property(x => x.FieldCode).HasMaxLength(ProcedureField.CodeMaxLength);
        b.Property(x => x.Name).HasMaxLength(Procedure.NameMaxLength);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.OwnsOne(x => x.Deadline, d =>
        {
            d.Property(p => p.Kind).HasColumnName("DeadlineKind").HasConversion<string>().HasMaxLength(16);
            d.Property(p => p.Value).HasColumnName("DeadlineValue").HasConversion<double>();
            d.Property(p => p.Cutoff).HasColumnName("DeadlineCutoff");
            d.Property(p => p.Note).HasColumnName("DeadlineNote").HasMaxLength(Deadline.NoteMaxLength);
        });
        b.Navigation(x => x.Deadline).IsRequired();
        b.Property(x => x.Fees).HasConversion(Json.Converter<IReadOnlyList<FeeRule>>(), Json.Comparer<IReadOnlyList<FeeRule>>());
        b.Property(x => x.Steps).HasConversion(Json.Converter<IReadOnlyList<StepTemplate>>(), Json.Comparer<IReadOnlyList<StepTemplate>>());
        b.Ignore(x => x.EffectiveSteps);
        b.Property(x => x.Documents).HasConversion(Json.Converter<IReadOnlyList<RequiredDocument>>(), Json.Comparer<IReadOnlyList<RequiredDocument>>());
    }
}
