using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Persistence;

namespace OneStop.Tests.Persistence;

public sealed class MigrationTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "onestop-mig-" + Guid.NewGuid().ToString("N")[..8]);

    private OneStopDbContext NewContext()
    {
        Directory.CreateDirectory(dir);
        var o = new DbContextOptionsBuilder<OneStopDbContext>();
        OneStopDatabase.Configure(o, OneStopDatabase.ConnectionString(Path.Combine(dir, OneStopDatabase.FileName)));
        return new OneStopDbContext(o.Options);
    }

    [Fact]
    public void TheModelHasNoChangesMissingFromTheMigrations()
    {
        using var db = NewContext();
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --project OneStop.Core --startup-project OneStop.Web --output-dir Persistence/Migrations");
    }

    [Fact]
    public async Task MigrationsCreateTheDatabaseFileInWalMode()
    {
        await using var db = NewContext();
        await OneStopDatabase.MigrateAsync(db);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await cmd.ExecuteScalarAsync());
        cmd.CommandText = "PRAGMA busy_timeout;";
        Assert.True((long)(await cmd.ExecuteScalarAsync())! >= 5000);
        Assert.True(File.Exists(Path.Combine(dir, OneStopDatabase.FileName)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, true); } catch (IOException) { }
    }
}
