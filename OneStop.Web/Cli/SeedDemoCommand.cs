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
        var added = await DemoDossiers.AddAsync(app.Services, factory, n);
        SqliteConnection.ClearAllPools();
        Console.WriteLine($"Đã thêm {OneStop.Core.Common.VnFormat.Number(added)} hồ sơ mẫu vào {Path.Combine(options.DataDirectory!, OneStopDatabase.FileName)}");
        return 0;
    }
}
