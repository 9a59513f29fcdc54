using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Centre;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;
using OneStop.Web.Cli;

namespace OneStop.Web.Hosting;

/// <summary>Generated dossiers for a demo database, due instants from the centre's calendar.</summary>
public static class DemoDossiers
{
    public static async Task<int> AddAsync(IServiceProvider services, IDbContextFactory<OneStopDbContext> factory, int count, CancellationToken ct = default)
    {
        if (count <= 0) return 0;
        var centre = await services.GetRequiredService<CentreService>().GetAsync(ct);
        var seeded = await BenchSeed.SeedReferenceDataAsync(factory);
        await using var db = await factory.CreateDbContextAsync(ct);
        var conn = (SqliteConnection)db.Database.GetDbConnection();
        await conn.OpenAsync(ct);
        var clock = services.GetRequiredService<TimeProvider>();
        return await SyntheticDossiers.InsertAsync(conn, centre.AgencyCode, seeded.Procedures, seeded.DueAt, count,
            days: Math.Max(30, Math.Min(730, count / 20)), clock.GetUtcNow(), Environment.TickCount, "tiepnhan", ct);
    }
}
