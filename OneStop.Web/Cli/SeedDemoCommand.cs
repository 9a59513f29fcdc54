using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Persistence;
using OneStop.Web.Hosting;

namespace OneStop.Web.Cli;

/// <summary>`seed-demo --dossiers N`: migrates the configured database, seeds it if new, and adds N generated dossiers.</summary>
internal static class SeedDemoCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var n = CliRunner.IntOption(args, "--dossiers", 1000);
        var builder = WebApplication.CreateBuilder(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddOneStop();
        await using var app = builder.Build();
        await app.InitializeOneStopAsync();
        var options = app.Services.GetRequiredService<OneStopOptions>();
        var factory = app.Services.GetRequiredService<IDbContextFactory<OneStopDbContext>>();
        var added = await AddRawAsync(app.Services, factory, n);
        SqliteConnection.ClearAllPools();
        Console.WriteLine($"Đã thêm {OneStop.Core.Common.VnFormat.Number(added)} hồ sơ mẫu vào {Path.Combine(options.DataDirectory!, OneStopDatabase.FileName)}");
        return 0;
    }

    /// <summary>N raw rows from the bulk generator (the services would take too long for 100 000 dossiers).</summary>
    private static async Task<int> AddRawAsync(IServiceProvider services, IDbContextFactory<OneStopDbContext> factory, int count)
    {
        if (count <= 0) return 0;
        var centre = await services.GetRequiredService<OneStop.Core.Centre.CentreService>().GetAsync();
        var seeded = await BenchSeed.SeedReferenceDataAsync(factory);
        await using var db = await factory.CreateDbContextAsync();
        var conn = (SqliteConnection)db.Database.GetDbConnection();
        await conn.OpenAsync();
        var clock = services.GetRequiredService<TimeProvider>();
        return await SyntheticDossiers.InsertAsync(conn, centre.AgencyCode, seeded.Procedures, seeded.DueAt, count,
            days: Math.Max(30, Math.Min(730, count / 20)), clock.GetUtcNow(), Environment.TickCount, "tiepnhan");
    }
}
