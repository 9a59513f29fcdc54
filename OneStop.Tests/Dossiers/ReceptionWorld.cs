using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Dossiers;

/// <summary>
/// A real SQLite file in a temp folder, migrated like the app's, with the demo centre, the sample catalogue and the
/// official calendar: what <see cref="ReceptionService"/> needs. Each CreateDbContext is a pooled context on its own connection.
/// </summary>
public sealed class ReceptionWorld : IAsyncDisposable
{
    public static readonly Officer Officer = new("tiepnhan", "Nguyễn Thị Tiếp Nhận", "CounterOfficer");

    private ReceptionWorld(string folder, string connectionString, PooledDbContextFactory<OneStopDbContext> factory, FakeClock clock)
    {
        Folder = folder;
        ConnectionString = connectionString;
        Factory = factory;
        Clock = clock;
        Calendars = new CalendarService(factory, new OneStop.Core.Centre.CentreOfficeHours(factory), clock);
        Centre = new CentreService(factory);
        Reception = new ReceptionService(factory, Calendars, Centre, clock);
        Catalog = new CatalogService(factory);
    }

    public string Folder { get; }
    public string ConnectionString { get; }
    public PooledDbContextFactory<OneStopDbContext> Factory { get; }
    public FakeClock Clock { get; }
    public CalendarService Calendars { get; }
    public CentreService Centre { get; }
    public ReceptionService Reception { get; }
    public CatalogService Catalog { get; }
    public string Agency => DemoCentre.Create().AgencyCode;

    /// <param name="now">The clock's instant (tests pass UTC instants: the server's zone must not matter).</param>
    public static async Task<ReceptionWorld> CreateAsync(DateTimeOffset now)
    {
        var folder = Directory.CreateTempSubdirectory("onestop-reception-").FullName;
        var cs = OneStopDatabase.ConnectionString(Path.Combine(folder, OneStopDatabase.FileName));
        var options = new DbContextOptionsBuilder<OneStopDbContext>();
        OneStopDatabase.Configure(options, cs);
        var factory = new PooledDbContextFactory<OneStopDbContext>(options.Options);
        await using (var db = await factory.CreateDbContextAsync())
        {
            await OneStopDatabase.MigrateAsync(db);
            db.CentreSettings.Add(DemoCentre.Create());
            await db.SaveChangesAsync();
        }
        var world = new ReceptionWorld(folder, cs, factory, new FakeClock(now));
        await world.Catalog.SeedDemoAsync();
        await world.Calendars.SeedFromOfficialAsync();
        return world;
    }

    public async Task<Procedure> ProcedureAsync(string code) =>
        await Catalog.GetByCodeAsync(code) ?? throw new InvalidOperationException($"Thủ tục {code} không có trong danh mục mẫu.");

    /// <summary>A complete request: every required paper handed in.</summary>
    public static ReceptionRequest Request(Procedure p, string name = "Nguyễn Văn An", string id = "014190001234") => new()
    {
        ProcedureId = p.Id,
        FullName = name,
        IdNumber = id,
        BirthDate = new DateOnly(1990, 3, 5),
        Phone = "0912345678",
        Address = "Số 12 đường Lê Lợi, phường Hải Châu, thành phố Đà Nẵng",
        Checklist = p.Documents.Select(d => new ChecklistItem(d.Name, d.Form, d.Count, Provided: true, d.Optional)).ToList(),
    };

    public async Task<long> ScalarAsync(string sql)
    {
        await using var c = new SqliteConnection(ConnectionString);
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var c = new SqliteConnection(ConnectionString);
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
