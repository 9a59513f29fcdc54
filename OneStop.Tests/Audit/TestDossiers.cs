using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Catalog;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Web.Cli;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Audit;

/// <summary>Dossiers on a test database: the demo catalogue, then generated dossiers received on chosen days.</summary>
internal static class TestDossiers
{
    public const string Agency = "H26.99";

    public static async Task<IReadOnlyList<SyntheticDossiers.ProcedureRef>> SeedCatalogAsync(SqliteTestDatabase db)
    {
        await new CatalogService(db).SeedDemoAsync();
        await using var ctx = db.CreateDbContext();
        var procs = await ctx.Procedures.AsNoTracking().ToListAsync();
        return procs.Select(p => new SyntheticDossiers.ProcedureRef(p.Id, p.Code, p.Name, p.FieldCode, p.Deadline)).ToList();
    }

    /// <summary>Inserts <paramref name="count"/> dossiers of <paramref name="fieldCode"/> received during office hours on <paramref name="day"/> (a weekday).</summary>
    public static async Task InsertOnAsync(SqliteTestDatabase db, IReadOnlyList<SyntheticDossiers.ProcedureRef> procedures, string fieldCode,
        DateOnly day, int count, int seed)
    {
        var ofField = procedures.Where(p => p.FieldCode == fieldCode).ToList();
        await using var ctx = db.CreateDbContext();
        var connection = (SqliteConnection)ctx.Database.GetDbConnection();
        // "Now" is the evening of that day, so every generated reception falls on it.
        await SyntheticDossiers.InsertAsync(connection, Agency, ofField, (received, _) => received.AddDays(3), count, days: 1,
            VnTime.At(day, new TimeOnly(18, 0)), seed, "tiepnhan");
    }

    public static async Task<IReadOnlyList<Dossier>> AllAsync(SqliteTestDatabase db)
    {
        await using var ctx = db.CreateDbContext();
        return await ctx.Dossiers.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }
}
