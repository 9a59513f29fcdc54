using OneStop.Core.Backup;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Backup;

public sealed class RestoreLockTests
{
    private readonly FakeClock clock = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(7)));

    [Fact]
    public async Task A_restore_is_refused_while_the_server_holds_the_data_folder()
    {
        using var data = await BackupDataFolder.CreateAsync(dossiers: 3, events: 2);
        var entry = await new BackupService(data.DataDirectory, new BackupOptions { Directory = data.BackupDirectory }, clock).BackupAsync("Theo lệnh");
        var before = await BackupService.Sha256Async(data.DatabasePath);

        RestoreOutcome refused;
        using (DataFolderLock.ForServer(data.DataDirectory))
            refused = await RestoreService.RestoreAsync(entry.Folder, data.DataDirectory, clock);

        Assert.False(refused.Restored);
        Assert.Contains("Máy chủ OneStop đang chạy", Assert.Single(refused.Problems), StringComparison.Ordinal);
        Assert.Equal(before, await BackupService.Sha256Async(data.DatabasePath));

        // Once the server has stopped the same restore goes through and keeps the current database aside.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var done = await RestoreService.RestoreAsync(entry.Folder, data.DataDirectory, clock);
        Assert.True(done.Restored, string.Join("; ", done.Problems));
        Assert.True(File.Exists(Path.Combine(done.KeptAside!, OneStopDatabase.FileName)));
    }

    [Fact]
    public void The_server_refuses_to_start_while_a_restore_runs()
    {
        var dir = Path.Combine(Path.GetTempPath(), "onestop-lock-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using (DataFolderLock.ForRestore(dir))
            {
                var e = Assert.Throws<DataFolderLockedException>(() => DataFolderLock.ForServer(dir));
                Assert.Contains("Đang phục hồi dữ liệu", e.Message, StringComparison.Ordinal);
            }
            using (DataFolderLock.ForServer(dir))
            {
                var e = Assert.Throws<DataFolderLockedException>(() => DataFolderLock.ForServer(dir));
                Assert.Contains("Một máy chủ OneStop khác", e.Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_running_app_holds_its_data_folder_and_lets_it_go_when_it_stops()
    {
        string dir;
        using (var app = new OneStopAppFactory())
        {
            dir = app.DataDirectory;
            using var client = app.CreateClient();
            Assert.True(DataFolderLock.ServerRunning(dir));
            var e = Assert.Throws<DataFolderLockedException>(() => DataFolderLock.ForRestore(dir));
            Assert.Contains("KHÔNG phục hồi", e.Message, StringComparison.Ordinal);
        }
    }
}

public sealed class ReadOnlyDataFolderTests
{
    [Fact]
    public void A_data_folder_that_cannot_be_written_is_named_as_such_at_start()
    {
        // A folder nobody, not even root, can create files in (the tests run as root, which writes through mode bits).
        var dir = OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.Windows) : "/proc/self";

        var e = Assert.Throws<DataFolderLockedException>(() => DataFolderLock.ForServer(dir));

        Assert.Contains("Không ghi được vào thư mục dữ liệu", e.Message, StringComparison.Ordinal);
    }
}
