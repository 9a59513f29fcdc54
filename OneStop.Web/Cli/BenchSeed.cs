using Microsoft.EntityFrameworkCore;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Web.Cli;

/// <summary>Reference data for generated dossiers: the catalogue and the working calendar of the database.</summary>
internal static class BenchSeed
{
    public sealed record Seeded(
        IReadOnlyList<SyntheticDossiers.ProcedureRef> Procedures,
        Func<DateTimeOffset, Deadline, DateTimeOffset> DueAt,
        WorkingCalendar Calendar);

    public static async Task<Seeded> SeedReferenceDataAsync(IDbContextFactory<OneStopDbContext> factory)
    {
        var calendars = new CalendarService(factory, new OneStop.Core.Centre.CentreOfficeHours(factory));
        await calendars.SeedFromOfficialAsync();
        await new CatalogService(factory).SeedDemoAsync();
        var calendar = await calendars.LoadAsync();
        await using var db = await factory.CreateDbContextAsync();
        var procs = await db.Procedures.AsNoTracking().Where(p => p.IsActive).ToListAsync();
        return new Seeded(
            procs.Select(p => new SyntheticDossiers.ProcedureRef(p.Id, p.Code, p.Name, p.FieldCode, p.Deadline)).ToList(),
            calendar.DueAt,
            calendar);
    }
}
