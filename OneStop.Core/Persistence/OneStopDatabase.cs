using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace OneStop.Core.Persistence;

/// <summary>Where the centre's data lives and how each SQLite connection is set up.</summary>
public static class OneStopDatabase
{
    public const string FileName = "onestop.db";

    /// <summary>Default data folder: ./data beside the working directory (documented in the README).</summary>
    public static string DefaultDataDirectory => Path.Combine(Directory.GetCurrentDirectory(), "data");

    public static string ConnectionString(string databasePath) => new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(OneStopDbContext).Assembly.FullName))
               .AddInterceptors(SqlitePragmas.Instance);

    /// <summary>Registers a DbContext factory (one context per operation) on the file in the data folder.</summary>
    public static IServiceCollection AddOneStopDatabase(this IServiceCollection services, string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var cs = ConnectionString(Path.Combine(dataDirectory, FileName));
        // Pooled contexts: a counter's lookup should not pay for building a context each time.
        services.AddPooledDbContextFactory<OneStopDbContext>(o => Configure(o, cs));
        return services;
    }

    /// <summary>Applies committed migrations and switches the file to WAL (persistent in the file).</summary>
    public static async Task MigrateAsync(OneStopDbContext db, CancellationToken ct = default)
    {
        // Migrate() also diffs the model against the snapshot (about a second on a small machine); on an up-to-date
        // database there is nothing to apply, so a start-up only compares the migration ids.
        // The ids are read with one plain SELECT: EF's history repository compiles a query (~0.3 s cold) to say the same.
        if ((await PendingMigrationsAsync(db, ct)).Count > 0)
            await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    /// <summary>Committed migrations not yet applied to the file (all of them for a new, empty database).</summary>
    public static async Task<IReadOnlyList<string>> PendingMigrationsAsync(OneStopDbContext db, CancellationToken ct = default)
    {
        var hasHistory = await ScalarAsync(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'", ct) > 0;
        var applied = hasHistory
            ? (await StringsAsync(db, "SELECT MigrationId FROM __EFMigrationsHistory", ct)).ToHashSet(StringComparer.Ordinal)
            : [];
        return db.Database.GetMigrations().Where(m => !applied.Contains(m)).ToList();
    }

    /// <summary>Whether the file already holds applied migrations (a centre's data, not a new database).</summary>
    public static async Task<bool> HasAppliedMigrationsAsync(OneStopDbContext db, CancellationToken ct = default) =>
        await ScalarAsync(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'", ct) > 0
        && await ScalarAsync(db, "SELECT count(*) FROM __EFMigrationsHistory", ct) > 0;

    /// <summary>One integer from plain SQL, without EF's query pipeline (used at start-up, where its first compile costs).</summary>
    public static async Task<long> ScalarAsync(OneStopDbContext db, string sql, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The first column of every row from plain SQL.</summary>
    public static async Task<List<string>> StringsAsync(OneStopDbContext db, string sql, CancellationToken ct = default)
    {
        var list = new List<string>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.CommandText = sql;
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                if (!r.IsDBNull(0)) list.Add(r.GetString(0));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return list;
    }
}

/// <summary>
/// Every connection: a busy timeout so two counters wait for each other instead of failing,
/// foreign keys on, and FULL sync so a dossier the app said was saved survives a power cut.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();
    private const string Pragmas = "PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;";

    // Pragmas belong to the native handle, which the pool reuses: set them once per handle, not on every open.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Prepared = new();

    private static bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Prepared.TryAdd(handle, Prepared);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!IsNew(connection)) return;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!IsNew(connection)) return;
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>Used by `dotnet ef` to build the model; the path is irrelevant for adding migrations.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<OneStopDbContext>
{
    public OneStopDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<OneStopDbContext>();
        OneStopDatabase.Configure(o, OneStopDatabase.ConnectionString(Path.Combine(Path.GetTempPath(), "onestop-design.db")));
        return new OneStopDbContext(o.Options);
    }
}
