using Microsoft.Data.Sqlite;
using OneStop.Core.Common;
using OneStop.Core.Persistence;

namespace OneStop.Core.Backup;

/// <summary>What a restore did, for the console.</summary>
public sealed record RestoreOutcome(bool Restored, IReadOnlyList<string> Problems, string? KeptAside, BackupManifest? Manifest);

/// <summary>
/// Puts a verified backup back into a data folder. The backup is verified first (hashes, integrity, chain); the current
/// database, keys and installation id are moved aside under a dated folder, never deleted; then the copy goes in.
/// The server must be stopped: the restore holds the data folder's lock (<see cref="DataFolderLock"/>) for its whole run,
/// so it refuses while a server runs there and a server refuses to start until it is done.
/// </summary>
public static class RestoreService
{
    public static async Task<RestoreOutcome> RestoreAsync(string backupFolder, string dataDirectory, TimeProvider clock, CancellationToken ct = default)
    {
        DataFolderLock held;
        try { held = DataFolderLock.ForRestore(dataDirectory); }
        catch (DataFolderLockedException e) { return new RestoreOutcome(false, [e.Message], null, BackupService.ReadManifest(backupFolder)); }
        using (held) return await RestoreLockedAsync(backupFolder, dataDirectory, clock, ct);
    }

    private static async Task<RestoreOutcome> RestoreLockedAsync(string backupFolder, string dataDirectory, TimeProvider clock, CancellationToken ct)
    {
        var problems = await BackupService.VerifyAsync(backupFolder, ct);
        var manifest = BackupService.ReadManifest(backupFolder);
        if (problems.Count > 0 || manifest is null) return new RestoreOutcome(false, problems, null, manifest);

        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(dataDirectory);
        var stamp = VnTime.ToVn(clock.GetUtcNow()).ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var aside = Path.Combine(dataDirectory, "truoc-phuc-hoi-" + stamp);
        Directory.CreateDirectory(aside);
        // Moved, never deleted: a mistaken restore is undone by moving these back.
        foreach (var name in new[] { OneStopDatabase.FileName, OneStopDatabase.FileName + "-wal", OneStopDatabase.FileName + "-shm", "installation-id", "keys" })
        {
            var path = Path.Combine(dataDirectory, name);
            if (File.Exists(path)) File.Move(path, Path.Combine(aside, name));
            else if (Directory.Exists(path)) Directory.Move(path, Path.Combine(aside, name));
        }

        foreach (var f in manifest.Files)
        {
            var target = Path.Combine(dataDirectory, f.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(backupFolder, f.Path), target, overwrite: true);
        }
        var pool = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(backupFolder))!, BackupService.ScansFolder);
        foreach (var s in manifest.Scans)
        {
            var target = Path.Combine(dataDirectory, BackupService.ScansFolder, s.Path);
            if (File.Exists(target) && new FileInfo(target).Length == s.Size) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(pool, s.Path), target, overwrite: true);
        }

        var after = new List<string>();
        foreach (var f in manifest.Files)
            if (!string.Equals(await BackupService.Sha256Async(Path.Combine(dataDirectory, f.Path), ct), f.Sha256, StringComparison.Ordinal))
                after.Add($"Tệp {f.Path} sau khi phục hồi không khớp bản sao lưu");
        return new RestoreOutcome(after.Count == 0, after, aside, manifest);
    }
}
