using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Scanning;

namespace OneStop.Core.Persistence;

/// <summary>The centre's database: accounts, settings, calendar, catalogue, dossiers.</summary>
public sealed class OneStopDbContext(DbContextOptions<OneStopDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    public DbSet<CentreSettings> CentreSettings => Set<CentreSettings>();
    public DbSet<CalendarEntry> CalendarEntries => Set<CalendarEntry>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<ProcedureField> ProcedureFields => Set<ProcedureField>();
    public DbSet<Procedure> Procedures => Set<Procedure>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierEvent> DossierEvents => Set<DossierEvent>();
    public DbSet<TrailHead> TrailHeads => Set<TrailHead>();
    public DbSet<SequenceRow> Sequences => Set<SequenceRow>();
    public DbSet<CounterSlip> CounterSlips => Set<CounterSlip>();
    public DbSet<Payments.Payment> Payments => Set<Payments.Payment>();
    public DbSet<Payments.StatementImport> StatementImports => Set<Payments.StatementImport>();
    public DbSet<Payments.ExemptionReason> ExemptionReasons => Set<Payments.ExemptionReason>();
    public DbSet<ScanFile> ScanFiles => Set<ScanFile>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<ScanTray> ScanTrays => Set<ScanTray>();
    public DbSet<Ratings.ServiceRating> ServiceRatings => Set<Ratings.ServiceRating>();
    public DbSet<Audit.PersonalDataAccess> PersonalDataAccesses => Set<Audit.PersonalDataAccess>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OneStopDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset text; instants are stored as Unix milliseconds (UTC).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<InstantConverter>();
    }
}
