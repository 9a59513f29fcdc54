using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Web.Cli;

/// <summary>The throwaway database of a bench run: the demo centre, catalogue and calendar, and N dossiers.</summary>
internal sealed class BenchWorld
{
    public required DateTimeOffset Now { get; init; }
    public required IReadOnlyList<string> SampleCodes { get; init; }
    public required IDbContextFactory<OneStopDbContext> Factory { get; init; }
    public required BenchSeed.Seeded Seeded { get; init; }
    public required string ConnectionString { get; init; }

    public static async Task<BenchWorld> BuildAsync(IDbContextFactory<OneStopDbContext> factory, string cs, int n)
    {
        await using (var db = await factory.CreateDbContextAsync())
        {
            await OneStopDatabase.MigrateAsync(db);
            db.CentreSettings.Add(DemoCentre.Create());
            await db.SaveChangesAsync();
        }
        var seeded = await BenchSeed.SeedReferenceDataAsync(factory);
        var now = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(7));
        await using var conn = new SqliteConnection(cs);
        await conn.OpenAsync();
        await SyntheticDossiers.InsertAsync(conn, DemoCentre.Create().AgencyCode, seeded.Procedures, seeded.DueAt,
            n, days: Math.Max(60, Math.Min(730, n / 150)), now, seed: 42, receivedBy: "tiepnhan");
        await using (var a = conn.CreateCommand()) { a.CommandText = "ANALYZE;"; await a.ExecuteNonQueryAsync(); }

        var codes = new List<string>();
        await using (var q = conn.CreateCommand())
        {
            q.CommandText = "SELECT Code FROM Dossiers ORDER BY random() LIMIT 2000";
            await using var rd = await q.ExecuteReaderAsync();
            while (await rd.ReadAsync()) codes.Add(rd.GetString(0));
        }
        return new BenchWorld { Now = now, SampleCodes = codes, Factory = factory, Seeded = seeded, ConnectionString = cs };
    }

}
