using OneStop.Core.Backup;
using OneStop.Tests.TestSupport;

namespace OneStop.Tests.Backup;

public sealed class EncryptedBackupTests : IAsyncLifetime
{
    private const string Passphrase = "Chiềng Lề sao lưu 2026!";
    private BackupDataFolder data = null!;
    private readonly FakeClock clock = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(7)));

    public async Task InitializeAsync()
    {
        data = await BackupDataFolder.CreateAsync(dossiers: 8, events: 12);
        var scan = Path.Combine(data.DataDirectory, "scans", "ab", "abcdef.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(scan)!);
        await File.WriteAllBytesAsync(scan, Enumerable.Range(0, 3_000_000).Select(i => (byte)(i * 7)).ToArray());
    }

    public Task DisposeAsync()
    {
        data.Dispose();
        return Task.CompletedTask;
    }

    private async Task<(BackupEntry Entry, string File)> ExportAsync()
    {
        var entry = await new BackupService(data.DataDirectory, new BackupOptions { Directory = data.BackupDirectory }, clock).BackupAsync("Theo lệnh");
        Assert.True(entry.Manifest.Verified, string.Join("; ", entry.Manifest.Problems));
        var file = Path.Combine(data.Root, "mang-ra-ngoai" + EncryptedBackup.Extension);
        await EncryptedBackup.ExportAsync(entry.Folder, file, Passphrase);
        return (entry, file);
    }

    [Fact]
    public async Task An_encrypted_copy_decrypts_and_restores_elsewhere_with_every_file_and_scan_equal()
    {
        var (entry, file) = await ExportAsync();
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal("OSBAKENC"u8.ToArray(), bytes[..8]);
        Assert.Equal(1, bytes[8]);
        // Nothing of the database is readable in the file.
        Assert.Equal(-1, bytes.AsSpan().IndexOf("SQLite format 3"u8));

        var elsewhere = Path.Combine(data.Root, "may-khac");
        var folder = await EncryptedBackup.ImportAsync(file, elsewhere, Passphrase);
        Assert.Empty(await BackupService.VerifyAsync(folder));
        foreach (var f in entry.Manifest.Files)
            Assert.Equal(f.Sha256, await BackupService.Sha256Async(Path.Combine(folder, f.Path)));
        var scan = Assert.Single(entry.Manifest.Scans);
        Assert.Equal(scan.Sha256, await BackupService.Sha256Async(Path.Combine(elsewhere, "scans", scan.Path)));

        var target = Path.Combine(data.Root, "du-lieu-moi");
        var restored = await RestoreService.RestoreAsync(folder, target, clock);
        Assert.True(restored.Restored, string.Join("; ", restored.Problems));
        Assert.Equal(scan.Sha256, await BackupService.Sha256Async(Path.Combine(target, "scans", scan.Path)));
    }

    [Fact]
    public async Task A_wrong_passphrase_is_refused_in_Vietnamese_and_leaves_nothing_behind()
    {
        var (_, file) = await ExportAsync();
        var elsewhere = Path.Combine(data.Root, "may-khac");

        var e = await Assert.ThrowsAsync<EncryptedBackupException>(() => EncryptedBackup.ImportAsync(file, elsewhere, "mật khẩu sai hoàn toàn"));

        Assert.Contains("Mật khẩu không đúng", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    [Theory]
    [InlineData(200)] // inside the first chunk
    [InlineData(-40)] // inside the last chunk's tag
    public async Task A_tampered_file_is_refused_and_leaves_nothing_behind(int offset)
    {
        var (_, file) = await ExportAsync();
        var bytes = await File.ReadAllBytesAsync(file);
        var at = offset >= 0 ? offset : bytes.Length + offset;
        bytes[at] ^= 0x01;
        await File.WriteAllBytesAsync(file, bytes);
        var elsewhere = Path.Combine(data.Root, "may-khac");

        var e = await Assert.ThrowsAsync<EncryptedBackupException>(() => EncryptedBackup.ImportAsync(file, elsewhere, Passphrase));

        Assert.Contains("đã bị sửa đổi", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    [Fact]
    public async Task A_file_cut_after_a_whole_chunk_is_refused()
    {
        var (_, file) = await ExportAsync();
        var bytes = await File.ReadAllBytesAsync(file);
        // Header, then the first chunk whole (length word, 1 MiB, tag): what is left after it is dropped.
        var cut = 73 + 4 + EncryptedBackup.ChunkSize + 16;
        Assert.True(bytes.Length > cut);
        await File.WriteAllBytesAsync(file, bytes[..cut]);

        var e = await Assert.ThrowsAsync<EncryptedBackupException>(() => EncryptedBackup.ImportAsync(file, Path.Combine(data.Root, "x"), Passphrase));
        Assert.Contains("cắt bớt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_passphrase_is_refused_before_anything_is_written()
    {
        var entry = await new BackupService(data.DataDirectory, new BackupOptions { Directory = data.BackupDirectory }, clock).BackupAsync("Theo lệnh");
        var file = Path.Combine(data.Root, "x" + EncryptedBackup.Extension);
        var e = await Assert.ThrowsAsync<EncryptedBackupException>(() => EncryptedBackup.ExportAsync(entry.Folder, file, "ngan"));
        Assert.Contains("ít nhất 12 ký tự", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }
}
