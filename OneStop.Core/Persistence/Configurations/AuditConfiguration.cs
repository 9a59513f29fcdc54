using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Core.Audit;

namespace OneStop.Core.Persistence.Configurations;

internal sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> b)
    {
        b.ToTable("PersonalDataAccessLog");
        b.HasKey(x => x.Id);
        b.Property(x => x.UserName).HasMaxLength(PersonalDataAccess.UserNameLength);
        b.Property(x => x.What).HasMaxLength(PersonalDataAccess.WhatLength);
        b.Property(x => x.DossierCode).HasMaxLength(Dossiers.DossierCode.MaxLength);
        b.Property(x => x.Detail).HasMaxLength(PersonalDataAccess.DetailLength);
        b.Property(x => x.Client).HasMaxLength(PersonalDataAccess.ClientLength);
        // The page filters by time, by officer and by dossier.
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.UserName, x.At });
        b.HasIndex(x => x.DossierCode);
    }
}
