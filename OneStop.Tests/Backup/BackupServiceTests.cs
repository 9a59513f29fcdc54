using OneStop.Core.Backup;
using OneStop.Core.Persistence;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Backup;

public sealed class BackupServiceTests : IAsyncLifetime
{
    private BackupDataFolder data = null!;
    private readonly FakeClock clock = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(7)));

    public async Task InitializeAsync() => data = await BackupDataFolder.CreateAsync();

    public Task DisposeAsync()
    {
        data.Dispose();
        return Task.CompletedTask;
    }

    private BackupService Service(RetentionPolicy? retention = null) =>
        new(data.DataDirectory, new BackupOptions { Directory = data.BackupDirectory, Retention = retention ?? new RetentionPolicy() }, clock);

    [Fact]
    public async Task ABackupIsVerifiedAndItsManifestHashesEveryFile()
    {
        var entry = await Service().BackupAsync("Theo lệnh");

        var m = entry.Manifest;
        Assert.True(m.Verified, string.Join("; ", m.Problems));
        Assert.Equal("20261202-120000", m.Id);
        Assert.Equal(20, m.Counts["Dossiers"]);
        Assert.Equal(30, m.Counts["DossierEvents"]);
        Assert.Equal(30, m.AuditEvents);
        // The schema version is the newest migration the copy holds.
        Assert.Equal(typeof(OneStop.Core.Persistence.OneStopDbContext).Assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).FirstOrDefault())
            .OfType<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>().Max(a => a.Id), m.SchemaVersion);
        Assert.Equal(["installation-id", "keys/key-1.xml", "onestop.db"], m.Files.Select(f => f.Path));
        foreach (var f in m.Files)
            Assert.Equal(f.Sha256, await BackupService.Sha256Async(Path.Combine(entry.Folder, f.Path)));
        Assert.Empty(await BackupService.VerifyAsync(entry.Folder));
    }

    [Fact]
    public async Task CountersKeepSavingWhileABackupRuns()
    {
        using var stop = new CancellationTokenSource();
        var saved = 0;
        var writer = Task.Run(async () =>
        {
            for (var i = 100; !stop.IsCancellationRequested; i++)
            {
                await data.AppendEventAsync(i);
                Interlocked.Increment(ref saved);
            }
        });
        while (Volatile.Read(ref saved) < 3) await Task.Delay(5);

        var before = Volatile.Read(ref saved);
        var entry = await Service().BackupAsync("Tự động");
        var during = Volatile.Read(ref saved) - before;
        await stop.CancelAsync();
        await writer;

        Assert.True(entry.Manifest.Verified, string.Join("; ", entry.Manifest.Problems));
        Assert.True(during > 0, "no save finished while the backup ran");
        // The copy is a consistent snapshot: its chain verified and it holds what was saved before it started.
        Assert.InRange(entry.Manifest.Counts["DossierEvents"], 30 + before, 30 + before + during);
        Assert.Equal(entry.Manifest.Counts["DossierEvents"], entry.Manifest.AuditEvents);
        Assert.Equal(30 + saved, await data.CountAsync("DossierEvents"));
    }

    [Fact]
    public async Task ACorruptedCopyFailsVerificationAndPrunesNothing()
    {
        var service = Service(new RetentionPolicy { Daily = 1, Weekly = 0, Monthly = 0 });
        var good = await service.BackupAsync("Tự động");
        clock.Advance(TimeSpan.FromDays(1));
        service.AfterCopy = folder =>
        {
            using var s = new FileStream(Path.Combine(folder, OneStopDatabase.FileName), FileMode.Open, FileAccess.Write);
            s.Position = s.Length / 2;
            s.Write(Enumerable.Repeat((byte)0xA5, 8192).ToArray());
        };

        var bad = await service.BackupAsync("Tự động");

        Assert.False(bad.Manifest.Verified);
        Assert.NotEmpty(bad.Manifest.Problems);
        Assert.NotEmpty(await BackupService.VerifyAsync(bad.Folder));
        Assert.True(Directory.Exists(good.Folder), "the last verified backup was pruned after a failed one");
        Assert.Equal(good.Manifest.Id, service.LastVerified()?.Manifest.Id);
    }

    [Fact]
    public async Task ABackupFileChangedAfterwardsIsRefusedAndNothingIsRestored()
    {
        var entry = await Service().BackupAsync("Theo lệnh");
        await File.AppendAllTextAsync(Path.Combine(entry.Folder, "installation-id"), "x");
        var before = await BackupService.Sha256Async(data.DatabasePath);

        var outcome = await RestoreService.RestoreAsync(entry.Folder, data.DataDirectory, clock);

        Assert.False(outcome.Restored);
        Assert.Contains(outcome.Problems, p => p.Contains("installation-id", StringComparison.Ordinal));
        Assert.Null(outcome.KeptAside);
        Assert.Equal(before, await BackupService.Sha256Async(data.DatabasePath));
    }

    [Fact]
    public async Task BackupThenRestoreKeepsEveryDossierEventAndScan()
    {
        var scans = Path.Combine(data.DataDirectory, "scans", "ab");
        Directory.CreateDirectory(scans);
        await File.WriteAllBytesAsync(Path.Combine(scans, "ab12.pdf"), [1, 2, 3, 4]);
        var entry = await Service().BackupAsync("Theo lệnh");
        Assert.True(entry.Manifest.Verified, string.Join("; ", entry.Manifest.Problems));
        await data.AppendEventAsync(999);
        File.Delete(Path.Combine(scans, "ab12.pdf"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var outcome = await RestoreService.RestoreAsync(entry.Folder, data.DataDirectory, clock);

        Assert.True(outcome.Restored, string.Join("; ", outcome.Problems));
        Assert.Equal(20, await data.CountAsync("Dossiers"));
        Assert.Equal(30, await data.CountAsync("DossierEvents"));
        Assert.Equal([1, 2, 3, 4], await File.ReadAllBytesAsync(Path.Combine(scans, "ab12.pdf")));
        Assert.True(File.Exists(Path.Combine(outcome.KeptAside!, OneStopDatabase.FileName)), "the database before the restore was not kept");
        var audit = await new OneStop.Core.Audit.AuditService(data).VerifyChainAsync();
        Assert.True(audit.Intact);
    }

    [Fact]
    public async Task OnlyNewScansAreCopiedIntoThePool()
    {
        var scans = Path.Combine(data.DataDirectory, "scans");
        Directory.CreateDirectory(scans);
        await File.WriteAllBytesAsync(Path.Combine(scans, "old.pdf"), [1]);
        var service = Service();
        await service.BackupAsync("Tự động");
        var pooled = Path.Combine(data.BackupDirectory, "scans", "old.pdf");
        var firstWrite = File.GetLastWriteTimeUtc(pooled);
        File.SetLastWriteTimeUtc(pooled, firstWrite.AddHours(-1));
        await File.WriteAllBytesAsync(Path.Combine(scans, "new.pdf"), [2]);
        clock.Advance(TimeSpan.FromHours(5));

        var second = await service.BackupAsync("Tự động");

        Assert.Equal(["new.pdf", "old.pdf"], second.Manifest.Scans.Select(s => s.Path));
        Assert.Equal(firstWrite.AddHours(-1), File.GetLastWriteTimeUtc(pooled));
        Assert.True(File.Exists(Path.Combine(data.BackupDirectory, "scans", "new.pdf")));
        Assert.Empty(await BackupService.VerifyAsync(second.Folder));
    }

    [Fact]
    public async Task TheAdministratorsFolderWinsOverTheConfiguredOne()
    {
        var service = Service();
        var chosen = Path.Combine(data.Root, "usb");

        Assert.True(service.SetBackupDirectory(chosen).IsSuccess);
        Assert.False(service.SetBackupDirectory("tuong-doi").IsSuccess);

        Assert.Equal(chosen, service.BackupDirectory);
        var entry = await service.BackupAsync("Theo lệnh");
        Assert.StartsWith(chosen, entry.Folder, StringComparison.Ordinal);
        Assert.Contains(entry.Manifest.Files, f => f.Path == BackupService.SettingsFile);
    }
}
