using System.Net;
using OneStop.Core.Backup;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Backup;

public sealed class DamagedDatabaseTests
{
    [Fact]
    public async Task ADatabaseCutInHalfGetsTheVietnamesePlanNotAStackTrace()
    {
        string dataDirectory;
        using (var first = new OneStopAppFactory { KeepData = true })
        {
            dataDirectory = first.DataDirectory;
            using var client = first.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dang-nhap")).StatusCode);
        }
        var db = Path.Combine(dataDirectory, OneStopDatabase.FileName);
        var length = new FileInfo(db).Length;
        await using (var s = new FileStream(db, FileMode.Open, FileAccess.Write)) s.SetLength(length / 2);
        var cut = await BackupService.Sha256Async(db);

        using var second = new OneStopAppFactory { DataDirectory = dataDirectory };
        using var client2 = second.CreateClient();
        var response = await client2.GetAsync("/dang-nhap");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Cơ sở dữ liệu bị hỏng", body, StringComparison.Ordinal);
        Assert.Contains("bị cắt cụt", body, StringComparison.Ordinal);
        Assert.Contains("liên hệ bộ phận kỹ thuật", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SqliteException", body, StringComparison.Ordinal);
        Assert.Equal(cut, await BackupService.Sha256Async(db));
    }

    [Fact]
    public async Task AFileThatIsNotSqliteIsNamedAsSuch()
    {
        var path = Path.Combine(Path.GetTempPath(), "onestop-notdb-" + Guid.NewGuid().ToString("N")[..8]);
        await File.WriteAllTextAsync(path, new string('x', 4096));
        try
        {
            Assert.Contains("không phải cơ sở dữ liệu SQLite", DatabaseFileCheck.Inspect(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ASoundDatabaseAndANewEmptyFilePassTheHeaderCheck()
    {
        using var data = await BackupDataFolder.CreateAsync(dossiers: 3, events: 2);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Null(DatabaseFileCheck.Inspect(data.DatabasePath));
        var empty = Path.Combine(data.Root, "empty.db");
        await File.WriteAllBytesAsync(empty, []);
        Assert.Null(DatabaseFileCheck.Inspect(empty));
    }
}

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task HealthSaysTheDatabaseIsReachableAndNoBackupVerifiedYet()
    {
        using var app = new OneStopAppFactory();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal("Degraded", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Degraded", json.RootElement.GetProperty("checks").GetProperty("backup").GetProperty("status").GetString());
    }
}
