using OneStop.Core.Backup;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Backup;

public sealed class BackupDrillTests : IAsyncLifetime
{
    private BackupDataFolder data = null!;
    private readonly FakeClock clock = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(7)));

    public async Task InitializeAsync() => data = await BackupDataFolder.CreateAsync(dossiers: 12, events: 15);

    public Task DisposeAsync()
    {
        data.Dispose();
        return Task.CompletedTask;
    }

    private BackupService Service() => new(data.DataDirectory, new BackupOptions { Directory = data.BackupDirectory }, clock);

    [Fact]
    public async Task A_drill_restores_the_newest_backup_elsewhere_checks_it_and_is_recorded()
    {
        var service = Service();
        await service.BackupAsync("Theo lệnh");
        clock.Advance(TimeSpan.FromHours(1));

        var r = await BackupDrill.RunAsync(service, clock);

        Assert.True(r.Passed, string.Join("; ", r.Problems));
        Assert.Equal("20261202-120000", r.BackupId);
        Assert.Equal(12, r.Dossiers);
        Assert.Equal(15, r.AuditEvents);
        var recorded = BackupDrill.Last(data.DataDirectory)!;
        Assert.Equal((r.At, r.BackupId, r.Passed, r.Dossiers), (recorded.At, recorded.BackupId, recorded.Passed, recorded.Dossiers));
        // The live database was never touched: no folder set aside in the data folder.
        Assert.DoesNotContain(Directory.EnumerateDirectories(data.DataDirectory), d => Path.GetFileName(d).StartsWith("truoc-phuc-hoi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_drill_on_a_backup_altered_after_it_was_written_fails_and_says_why()
    {
        var service = Service();
        var entry = await service.BackupAsync("Theo lệnh");
        await File.AppendAllTextAsync(Path.Combine(entry.Folder, "installation-id"), "x");

        var r = await BackupDrill.RunAsync(service, clock);

        Assert.False(r.Passed);
        Assert.Contains(r.Problems, p => p.Contains("installation-id", StringComparison.Ordinal));
        Assert.False(BackupDrill.Last(data.DataDirectory)!.Passed);
    }

    [Fact]
    public async Task A_drill_without_any_backup_fails_with_a_message()
    {
        var r = await BackupDrill.RunAsync(Service(), clock);
        Assert.False(r.Passed);
        Assert.Contains("Chưa có bản sao lưu", Assert.Single(r.Problems), StringComparison.Ordinal);
    }
}
