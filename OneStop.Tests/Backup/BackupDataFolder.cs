using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Catalog;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;
using OneStop.Web.Cli;

namespace OneStop.Tests.Backup;

/// <summary>A real data folder in temp: a migrated onestop.db in WAL mode with dossiers and a hash-chained trail, keys, an installation id.</summary>
internal sealed class BackupDataFolder : IDbContextFactory<OneStopDbContext>, IDisposable
{
    private static readonly Officer Counter = new("tiepnhan", "Lò Thị Hương", "CounterOfficer");
    private readonly DbContextOptions<OneStopDbContext> options;

    private BackupDataFolder(string root)
    {
        Root = root;
        DataDirectory = Path.Combine(root, "data");
        BackupDirectory = Path.Combine(root, "saoluu");
        Directory.CreateDirectory(Path.Combine(DataDirectory, "keys"));
        var o = new DbContextOptionsBuilder<OneStopDbContext>();
        OneStopDatabase.Configure(o, OneStopDatabase.ConnectionString(DatabasePath));
        options = o.Options;
    }

    public string Root { get; }
    public string DataDirectory { get; }
    public string BackupDirectory { get; }
    public string DatabasePath => Path.Combine(DataDirectory, OneStopDatabase.FileName);
    private IReadOnlyList<Dossier> dossiers = [];

    public OneStopDbContext CreateDbContext() => new(options);

    public static async Task<BackupDataFolder> CreateAsync(int dossiers = 20, int events = 30)
    {
        var f = new BackupDataFolder(Path.Combine(Path.GetTempPath(), "onestop-backup-" + Guid.NewGuid().ToString("N")[..10]));
        await File.WriteAllTextAsync(Path.Combine(f.DataDirectory, "keys", "key-1.xml"), "<key id=\"1\" />");
        await File.WriteAllTextAsync(Path.Combine(f.DataDirectory, "installation-id"), "abc123");
        await using (var db = f.CreateDbContext()) await OneStopDatabase.MigrateAsync(db);
        await new CatalogService(f).SeedDemoAsync();
        await using (var ctx = f.CreateDbContext())
        {
            var procs = (await ctx.Procedures.AsNoTracking().ToListAsync())
                .Select(p => new SyntheticDossiers.ProcedureRef(p.Id, p.Code, p.Name, p.FieldCode, p.Deadline)).ToList();
            var conn = (SqliteConnection)ctx.Database.GetDbConnection();
            await conn.OpenAsync();
            await SyntheticDossiers.InsertAsync(conn, "H26.99", procs, (received, _) => received.AddDays(3), dossiers, days: 1,
                VnTime.At(new DateOnly(2026, 11, 2), new TimeOnly(18, 0)), 7, "tiepnhan");
        }
        await using (var ctx = f.CreateDbContext())
            f.dossiers = await ctx.Dossiers.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
        for (var i = 0; i < events; i++) await f.AppendEventAsync(i);
        return f;
    }

    /// <summary>One event on the trail, saved as a counter saves it.</summary>
    public async Task AppendEventAsync(int i)
    {
        await using var ctx = CreateDbContext();
        await DossierTrail.AppendAsync(ctx, dossiers[i % dossiers.Count], VnTime.At(new DateOnly(2026, 11, 3), new TimeOnly(8, 0)).AddSeconds(i), Counter,
            DossierEventKinds.Received, null, DossierStatus.Received, $"Sự kiện {i + 1}", null);
        await ctx.SaveChangesAsync();
    }

    public async Task<long> CountAsync(string table)
    {
        await using var ctx = CreateDbContext();
        return await OneStopDatabase.ScalarAsync(ctx, $"SELECT count(*) FROM {table}");
    }

    public Task<OneStopDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => Task.FromResult(CreateDbContext());

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
