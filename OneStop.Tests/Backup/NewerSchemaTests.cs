using System.Net;
using Microsoft.Data.Sqlite;
using OneStop.Core.Backup;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Backup;

public sealed class NewerSchemaTests
{
    [Fact]
    public async Task A_database_from_a_newer_version_is_refused_with_a_plan_and_left_byte_for_byte_unchanged()
    {
        string dataDirectory;
        using (var first = new OneStopAppFactory { KeepData = true })
        {
            dataDirectory = first.DataDirectory;
            using var client = first.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dang-nhap")).StatusCode);
        }
        var db = Path.Combine(dataDirectory, OneStopDatabase.FileName);
        await using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO __EFMigrationsHistory VALUES ('29990101000000_FromTheFuture', '99.0.0'); PRAGMA wal_checkpoint(TRUNCATE);";
            await cmd.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        var before = await BackupService.Sha256Async(db);

        using (var second = new OneStopAppFactory { DataDirectory = dataDirectory, KeepData = true })
        {
            using var client = second.CreateClient();
            var response = await client.GetAsync("/dang-nhap");
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("phiên bản mới hơn", body, StringComparison.Ordinal);
            Assert.Contains("29990101000000_FromTheFuture", body, StringComparison.Ordinal);
            Assert.Contains("không ghi gì vào tệp", body, StringComparison.Ordinal);
            var health = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await BackupService.Sha256Async(db));
        Directory.Delete(dataDirectory, recursive: true);
    }
}
