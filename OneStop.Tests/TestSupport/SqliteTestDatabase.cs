using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Persistence;

namespace OneStop.Tests.TestSupport;

/// <summary>
/// A throwaway SQLite database in memory for one test: the connection stays open for the object's
/// lifetime (an in-memory database dies with its last connection), the schema comes from EnsureCreated,
/// and every CreateDbContext returns a fresh context on that connection, like the app's factory.
/// </summary>
public sealed class SqliteTestDatabase : IDbContextFactory<OneStopDbContext>, IDisposable
{
    private readonly SqliteConnection connection;

    public SqliteTestDatabase()
    {
        connection = new SqliteConnection("DataSource=:memory:");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA foreign_keys=ON;";
            pragma.ExecuteNonQuery();
        }
        Options = new DbContextOptionsBuilder<OneStopDbContext>().UseSqlite(connection).Options;
        using var db = CreateDbContext();
        db.Database.EnsureCreated();
        // The FTS5 name index comes from a migration; EnsureCreated does not know it.
        SearchIndex.Ensure(db);
    }

    public DbContextOptions<OneStopDbContext> Options { get; }

    public OneStopDbContext CreateDbContext() => new(Options);

    public Task<OneStopDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(CreateDbContext());

    public void Dispose() => connection.Dispose();
}
