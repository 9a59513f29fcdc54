using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OneStop.Core.Backup;

/// <summary>One restore drill: which backup, whether it came back whole, what it held and how long it took.</summary>
public sealed record DrillResult
{
    public required DateTimeOffset At { get; init; }
    public string? BackupId { get; init; }
    public DateTimeOffset? BackupCreatedAt { get; init; }
    public bool Passed { get; init; }
    public IReadOnlyList<string> Problems { get; init; } = [];
    public long Dossiers { get; init; }
    public int AuditEvents { get; init; }
    public int Scans { get; init; }
    public int Tables { get; init; }
    public long DurationMs { get; init; }
}

/// <summary>
/// The monthly restore drill: the newest backup is restored into a temporary folder exactly as <c>restore</c> would do
/// it (hashes, integrity, chain on the backup), then the restored database is opened and checked again (integrity,
/// audit chain, every table's row count and the audit events against the manifest, every scan's SHA-256). A backup is
/// only trusted once it has been restored. The result is kept in the data folder (backup-drills.json, the last 24) so
/// the Sao lưu page shows the last drill; the temporary folder is deleted.
/// </summary>
public static class BackupDrill
{
    public const string RecordFile = "backup-drills.json";
    private const int Kept = 24;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<DrillResult> RunAsync(BackupService backups, TimeProvider clock, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(backups);
        ArgumentNullException.ThrowIfNull(clock);
        var started = Stopwatch.GetTimestamp();
        var at = clock.GetUtcNow();
        var newest = backups.List().FirstOrDefault();
        DrillResult result;
        if (newest is null)
        {
            result = new DrillResult { At = at, Problems = [$"Chưa có bản sao lưu nào trong {backups.BackupDirectory}."] };
        }
        else
        {
            var temp = Path.Combine(Path.GetTempPath(), "onestop-dien-tap-" + Guid.NewGuid().ToString("N")[..10]);
            try
            {
                result = await DrillAsync(newest, temp, clock, ct) with { At = at };
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                try { Directory.Delete(temp, recursive: true); }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
            }
        }
        result = result with { DurationMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds };
        Record(backups.DataDirectory, result);
        return result;
    }

    private static async Task<DrillResult> DrillAsync(BackupEntry backup, string temp, TimeProvider clock, CancellationToken ct)
    {
        var m = backup.Manifest;
        var baseResult = new DrillResult { At = default, BackupId = m.Id, BackupCreatedAt = m.CreatedAt };
        var outcome = await RestoreService.RestoreAsync(backup.Folder, temp, clock, ct);
        if (!outcome.Restored) return baseResult with { Problems = outcome.Problems };

        var problems = new List<string>();
        var check = await BackupService.CheckDatabaseAsync(Path.Combine(temp, Persistence.OneStopDatabase.FileName), ct);
        problems.AddRange(check.Problems);
        foreach (var (table, expected) in m.Counts)
        {
            var actual = check.Counts.TryGetValue(table, out var n) ? n : -1;
            if (actual != expected) problems.Add($"Bảng {table}: {actual} dòng sau khi phục hồi, sổ ghi {expected}.");
        }
        if (check.Problems.Count == 0 && check.AuditEvents != m.AuditEvents)
            problems.Add($"Nhật ký: {check.AuditEvents} bản ghi sau khi phục hồi, sổ ghi {m.AuditEvents}.");
        foreach (var s in m.Scans)
        {
            var path = Path.Combine(temp, BackupService.ScansFolder, s.Path);
            if (!File.Exists(path)) problems.Add($"Thiếu tệp quét {s.Path} sau khi phục hồi.");
            else if (!string.Equals(await BackupService.Sha256Async(path, ct), s.Sha256, StringComparison.Ordinal)) problems.Add($"Tệp quét {s.Path} sai SHA-256 sau khi phục hồi.");
        }
        return baseResult with
        {
            Passed = problems.Count == 0,
            Problems = problems,
            Dossiers = check.Counts.TryGetValue("Dossiers", out var d) ? d : 0,
            AuditEvents = check.AuditEvents,
            Scans = m.Scans.Count,
            Tables = check.Counts.Count,
        };
    }

    /// <summary>The drills recorded in the data folder, newest first.</summary>
    public static IReadOnlyList<DrillResult> History(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, RecordFile);
        if (!File.Exists(path)) return [];
        try { return JsonSerializer.Deserialize<List<DrillResult>>(File.ReadAllText(path)) ?? []; }
        catch (JsonException) { return []; }
        catch (IOException) { return []; }
    }

    public static DrillResult? Last(string dataDirectory) => History(dataDirectory).FirstOrDefault();

    private static void Record(string dataDirectory, DrillResult result)
    {
        var list = History(dataDirectory).Prepend(result).Take(Kept).ToList();
        var path = Path.Combine(dataDirectory, RecordFile);
        try
        {
            File.WriteAllText(path + ".partial", JsonSerializer.Serialize(list, Json));
            File.Move(path + ".partial", path, overwrite: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
