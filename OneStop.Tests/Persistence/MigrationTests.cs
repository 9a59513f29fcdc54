using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
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
    public void TheCompiledModelMatchesTheConfiguredModel()
    {
        // The app starts on the compiled model (Persistence/CompiledModel, ~0.5 s faster); it must not go stale.
        using var db = NewContext();
        Assert.IsType<OneStop.Core.Persistence.CompiledModel.OneStopDbContextModel>(db.Model, exactMatch: false);
        var configured = db.GetService<IDesignTimeModel>().Model;
        // If this fails, run: dotnet ef dbcontext optimize --project OneStop.Core --startup-project OneStop.Web
        //   --output-dir Persistence/CompiledModel --namespace OneStop.Core.Persistence.CompiledModel
        var expected = Describe(configured);
        var actual = Describe(db.Model);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count + extra.Count == 0,
            "Compiled model is stale. Configured only: " + string.Join("; ", missing) + " | compiled only: " + string.Join("; ", extra));
    }

    /// <summary>Everything the app relies on at run time: tables, columns, types, converters, tokens, keys and indexes.</summary>
    private static string[] Describe(IReadOnlyModel model) =>
        [.. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e =>
            e.GetProperties().Select(p =>
                $"{e.Name}({e.GetTableName()}).{p.Name}:{p.ClrType.Name}:{p.GetColumnName()}:{p.GetMaxLength()}:{p.GetValueConverter()?.ProviderClrType.Name}:{p.IsConcurrencyToken}:{p.IsNullable}:{p.ValueGenerated}")
            .Concat(e.GetKeys().Select(k => $"{e.Name} key {string.Join(",", k.Properties.Select(p => p.Name))}"))
            .Concat(e.GetIndexes().Select(i => $"{e.Name} index {i.GetDatabaseName()} {string.Join(",", i.Properties.Select(p => p.Name))} {i.IsUnique}"))
            .Concat(e.GetForeignKeys().Select(f => $"{e.Name} fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior}")))];

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
