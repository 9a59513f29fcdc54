using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OneStop.Core.Audit;
using OneStop.Core.Common;
using OneStop.Core.Persistence;

namespace OneStop.Core.Backup;

/// <summary>
/// Verified backups of the data folder: the database copied online (SQLite's backup API, page by page, while counters
/// keep saving: in WAL mode the reader holding the snapshot never blocks a writer), the data-protection keys, the
/// installation id and settings, and the scans (content-addressed, so only new files are copied, into a pool shared by
/// every backup). Each copy is checked before it counts: integrity, the audit hash chain, row counts, and a SHA-256 of
/// every file in manifest.json. Old backups are pruned only after a newer one verified.
/// </summary>
public sealed class BackupService(string dataDirectory, BackupOptions options, TimeProvider clock) : IDisposable
{
    public const string ManifestFile = "manifest.json";
    public const string SettingsFile = "backup-settings.json";
    public const string ScansFolder = "scans";
    private static readonly string[] CopiedFiles = ["installation-id", SettingsFile];
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly SemaphoreSlim gate = new(1, 1);

    public void Dispose() => gate.Dispose();

    public string DataDirectory => dataDirectory;
    public BackupOptions Options => options;

    public static string AppVersion =>
        typeof(BackupService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    /// <summary>The administrator's folder (backup-settings.json), else the configured one, else "backups" in the data folder.</summary>
    public string BackupDirectory
    {
        get
        {
            var file = Path.Combine(dataDirectory, SettingsFile);
            if (File.Exists(file))
            {
                try
                {
                    var s = JsonSerializer.Deserialize<BackupSettings>(File.ReadAllText(file));
                    if (!string.IsNullOrWhiteSpace(s?.Directory)) return Path.GetFullPath(s.Directory);
                }
                catch (JsonException) { }
            }
            return Path.GetFullPath(string.IsNullOrWhiteSpace(options.Directory) ? Path.Combine(dataDirectory, "backups") : options.Directory);
        }
    }

    /// <summary>Stores the administrator's choice of backup folder in the data folder (no migration needed).</summary>
    public Result SetBackupDirectory(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory) || !Path.IsPathFullyQualified(directory.Trim()))
            return Result.Invalid("Nhập đường dẫn đầy đủ của thư mục sao lưu (ví dụ D:\\SaoLuu hoặc /mnt/usb/saoluu).");
        try { Directory.CreateDirectory(directory.Trim()); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result.Invalid($"Không tạo được thư mục sao lưu: {e.Message}");
        }
        File.WriteAllText(Path.Combine(dataDirectory, SettingsFile), JsonSerializer.Serialize(new BackupSettings(directory.Trim()), Json));
        return Result.Ok();
    }

    /// <summary>Takes a backup, verifies it, and prunes older ones if it verified. One backup at a time.</summary>
    public async Task<BackupEntry> BackupAsync(string reason, CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var root = BackupDirectory;
            Directory.CreateDirectory(root);
            var at = clock.GetUtcNow();
            var id = VnTime.ToVn(at).ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
            for (var n = 2; Directory.Exists(Path.Combine(root, id)); n++) id = id.Split('_')[0] + "_" + n;
            var folder = Path.Combine(root, id);
            Directory.CreateDirectory(folder);

            var problems = new List<string>();
            var phases = new SortedDictionary<string, long>(StringComparer.Ordinal);
            var mark = Stopwatch.GetTimestamp();
            void Phase(string name)
            {
                var now = Stopwatch.GetTimestamp();
                phases[name] = (long)Stopwatch.GetElapsedTime(mark, now).TotalMilliseconds;
                mark = now;
            }
            var need = DatabaseBytes();
            if (DiskSpace.FreeBytes(root) is { } free && free < need)
                problems.Add($"Không đủ chỗ trống trên ổ sao lưu {root}: còn {free / (1024 * 1024):N0} MB, cần khoảng {need / (1024 * 1024) + 1:N0} MB.");
            else try
            {
                await CopyDatabaseAsync(Path.Combine(dataDirectory, OneStopDatabase.FileName), Path.Combine(folder, OneStopDatabase.FileName), ct);
                CopyFolder(Path.Combine(dataDirectory, "keys"), Path.Combine(folder, "keys"));
                foreach (var f in CopiedFiles)
                    if (File.Exists(Path.Combine(dataDirectory, f))) File.Copy(Path.Combine(dataDirectory, f), Path.Combine(folder, f), overwrite: true);
                Phase("copy");
                AfterCopy?.Invoke(folder);
            }
            catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
            {
                problems.Add(StorageFailure.IsDiskFull(e) ? $"Ổ đĩa sao lưu đã đầy ({root}): {e.Message}" : $"Không sao chép được: {e.Message}");
            }
            List<BackupFile> scans = [];
            try { scans = await CopyScansAsync(root, ct); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"Không sao chép được hồ sơ quét: {e.Message}");
            }
            Phase("scans");

            var check = problems.Count == 0 ? await CheckDatabaseAsync(Path.Combine(folder, OneStopDatabase.FileName), ct) : new CopyCheck([], new Dictionary<string, long>(), null, 0);
            problems.AddRange(check.Problems);
            foreach (var (k, v) in check.Phases) phases[k] = v;
            mark = Stopwatch.GetTimestamp();
            var files = await HashFolderAsync(folder, ct);
            Phase("hashes");
            var manifest = new BackupManifest
            {
                Id = id,
                CreatedAt = at,
                Reason = reason,
                AppVersion = AppVersion,
                SchemaVersion = check.SchemaVersion,
                Verified = problems.Count == 0,
                Problems = problems,
                Counts = check.Counts,
                AuditEvents = check.AuditEvents,
                Files = files,
                Scans = scans,
                DurationMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                PhasesMs = phases,
            };
            await WriteManifestAsync(folder, manifest, ct);
            if (manifest.Verified) Prune(root);
            return new BackupEntry(folder, manifest);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The database and its WAL: about what the copy will take.</summary>
    private long DatabaseBytes()
    {
        long n = 0;
        foreach (var f in new[] { OneStopDatabase.FileName, OneStopDatabase.FileName + "-wal" })
        {
            var path = Path.Combine(dataDirectory, f);
            if (File.Exists(path)) n += new FileInfo(path).Length;
        }
        return n;
    }

    /// <summary>Test hook: runs after the files are copied, before they are verified (to damage a copy).</summary>
    internal Action<string>? AfterCopy { get; set; }

    /// <summary>Every backup in the backup folder, newest first (folders without a readable manifest are skipped).</summary>
    public IReadOnlyList<BackupEntry> List() => ListIn(BackupDirectory);

    public static IReadOnlyList<BackupEntry> ListIn(string root)
    {
        if (!Directory.Exists(root)) return [];
        var list = new List<BackupEntry>();
        foreach (var dir in Directory.EnumerateDirectories(root))
            if (ReadManifest(dir) is { } m) list.Add(new BackupEntry(dir, m));
        return list.OrderByDescending(e => e.Manifest.CreatedAt).ToList();
    }

    public static BackupManifest? ReadManifest(string folder)
    {
        var path = Path.Combine(folder, ManifestFile);
        if (!File.Exists(path)) return null;
        try { return JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path)); }
        catch (JsonException) { return null; }
    }

    /// <summary>The newest backup that verified, if any.</summary>
    public BackupEntry? LastVerified() => List().FirstOrDefault(e => e.Manifest.Verified);

    /// <summary>
    /// Checks a backup again before it is trusted (restore): every file's SHA-256 against the manifest, the database's
    /// integrity and audit chain, and the scans it lists in the pool beside it. Returns the problems; empty when sound.
    /// </summary>
    public static async Task<IReadOnlyList<string>> VerifyAsync(string folder, CancellationToken ct = default)
    {
        var manifest = ReadManifest(folder);
        if (manifest is null) return [$"Không có hoặc không đọc được {ManifestFile} trong {folder}"];
        var problems = new List<string>();
        if (!manifest.Verified) problems.Add("Bản sao lưu này đã không đạt kiểm tra khi tạo.");
        foreach (var f in manifest.Files)
        {
            var path = Path.Combine(folder, f.Path);
            if (!File.Exists(path)) { problems.Add($"Thiếu tệp {f.Path}"); continue; }
            if (!string.Equals(await Sha256Async(path, ct), f.Sha256, StringComparison.Ordinal)) problems.Add($"Tệp {f.Path} đã bị thay đổi (SHA-256 không khớp)");
        }
        var pool = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder))!, ScansFolder);
        foreach (var s in manifest.Scans)
        {
            var path = Path.Combine(pool, s.Path);
            if (!File.Exists(path)) problems.Add($"Thiếu tệp quét {s.Path}");
            else if (!string.Equals(await Sha256Async(path, ct), s.Sha256, StringComparison.Ordinal)) problems.Add($"Tệp quét {s.Path} đã bị thay đổi");
        }
        if (problems.Count > 0) return problems;
        var check = await CheckDatabaseAsync(Path.Combine(folder, OneStopDatabase.FileName), ct);
        problems.AddRange(check.Problems);
        return problems;
    }

    /// <summary>SQLite's online backup into a new file, then a single-file journal mode so the copy is one file.</summary>
    private static async Task CopyDatabaseAsync(string source, string target, CancellationToken ct)
    {
        var partial = target + ".partial";
        File.Delete(partial);
        await using (var src = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30 }.ToString()))
        await using (var dst = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString()))
        {
            await src.OpenAsync(ct);
            await ExecAsync(src, "PRAGMA busy_timeout=10000;", ct);
            await dst.OpenAsync(ct);
            src.BackupDatabase(dst);
            await ExecAsync(dst, "PRAGMA journal_mode=DELETE;", ct);
        }
        File.Move(partial, target, overwrite: true);
    }

    private static async Task ExecAsync(SqliteConnection c, string sql, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    internal sealed record CopyCheck(List<string> Problems, IReadOnlyDictionary<string, long> Counts, string? SchemaVersion, int AuditEvents)
    {
        /// <summary>Milliseconds of each check (integrity, counts, chain), for the manifest and the bench.</summary>
        public IReadOnlyDictionary<string, long> Phases { get; init; } = new Dictionary<string, long>();
    }

    /// <summary>
    /// Integrity check, row counts, schema version and the audit chain of a database copy, on one read-only connection.
    /// The chain is walked with a forward-only reader over the raw columns (no entities, no change tracker, no batches):
    /// at a million dossiers the walk is bound by SHA-256, not by materialisation.
    /// </summary>
    internal static async Task<CopyCheck> CheckDatabaseAsync(string path, CancellationToken ct)
    {
        var problems = new List<string>();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var phases = new Dictionary<string, long>(StringComparer.Ordinal);
        string? schema = null;
        var events = 0;
        if (!File.Exists(path)) return new CopyCheck([$"Thiếu tệp {OneStopDatabase.FileName}"], counts, null, 0);
        var cs = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        var mark = Stopwatch.GetTimestamp();
        void Phase(string name)
        {
            var now = Stopwatch.GetTimestamp();
            phases[name] = (long)Stopwatch.GetElapsedTime(mark, now).TotalMilliseconds;
            mark = now;
        }
        try
        {
            await using var c = new SqliteConnection(cs);
            await c.OpenAsync(ct);
            // A read-only copy nobody else opens: a large page cache and memory-mapped reads cut the integrity check's I/O.
            await ExecAsync(c, "PRAGMA cache_size=-262144; PRAGMA mmap_size=2147483648; PRAGMA temp_store=MEMORY;", ct);
            var integrity = await ColumnAsync(c, "PRAGMA integrity_check;", ct);
            if (integrity is not ["ok"])
                problems.Add("Kiểm tra toàn vẹn (integrity_check) không đạt: " + string.Join("; ", integrity.Take(5)));
            Phase("integrity");
            var tables = await ColumnAsync(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name;", ct);
            if (problems.Count == 0 && tables.Count > 0)
            {
                // One statement for every table's count.
                await using var cmd = c.CreateCommand();
                cmd.CommandText = string.Join(" UNION ALL ", tables.Select((t, i) =>
                    $"SELECT {i.ToString(System.Globalization.CultureInfo.InvariantCulture)}, count(*) FROM \"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct)) counts[tables[r.GetInt32(0)]] = r.GetInt64(1);
            }
            if (tables.Contains("__EFMigrationsHistory"))
                schema = (await ColumnAsync(c, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1;", ct)).FirstOrDefault();
            Phase("counts");
            if (problems.Count == 0)
            {
                var report = await VerifyChainAsync(c, ct);
                events = report.EventCount;
                if (!report.Intact)
                    problems.Add($"Chuỗi nhật ký không toàn vẹn tại bản ghi {report.FirstBroken?.EventId}: {report.FirstBroken?.Problem}");
                Phase("chain");
            }
        }
        catch (SqliteException e)
        {
            problems.Add($"Không đọc được bản sao cơ sở dữ liệu: {e.Message}");
        }
        return new CopyCheck(problems, counts, schema, events) { Phases = phases };
    }

    /// <summary>
    /// The audit chain of a copy, as <see cref="AuditService.VerifyChainAsync"/> walks it (same findings, same words),
    /// streamed in Id order from one reader: each event hashes to its stored hash and names the previous one; the head
    /// names the last event and the count.
    /// </summary>
    internal static async Task<AuditReport> VerifyChainAsync(SqliteConnection c, CancellationToken ct)
    {
        var expectedPrevious = Dossiers.DossierEvent.GenesisHash;
        var count = 0;
        (long Id, long DossierId, string Code, long At)? last = null;
        await using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = """
                SELECT Id, DossierId, DossierCode, At, Actor, ActorName, ActorRole, Kind, FromStatus, ToStatus, Note, Data, PreviousHash, Hash
                FROM DossierEvents ORDER BY Id
                """;
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                count++;
                var id = r.GetInt64(0);
                var dossierId = r.GetInt64(1);
                var code = r.GetString(2);
                var at = r.GetInt64(3);
                var previous = r.GetString(12);
                var hash = r.GetString(13);
                var computed = Dossiers.DossierEvent.ComputeHash(previous, code, at, r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
                    r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9),
                    r.IsDBNull(10) ? null : r.GetString(10), r.IsDBNull(11) ? null : r.GetString(11));
                if (!string.Equals(hash, computed, StringComparison.Ordinal))
                    return new AuditReport(count, false, new BrokenLink(id, code, Instant(at), AuditService.ContentChanged, dossierId));
                if (!string.Equals(previous, expectedPrevious, StringComparison.Ordinal))
                    return new AuditReport(count, false, new BrokenLink(id, code, Instant(at), AuditService.LinkBroken, dossierId));
                expectedPrevious = hash;
                last = (id, dossierId, code, at);
            }
        }
        string headHash = Dossiers.DossierEvent.GenesisHash;
        long headCount = 0;
        await using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT Hash, EventCount FROM TrailHeads WHERE Id = $id";
            cmd.Parameters.AddWithValue("$id", Dossiers.TrailHead.SingletonId);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (await r.ReadAsync(ct)) { headHash = r.GetString(0); headCount = r.GetInt64(1); }
        }
        if (string.Equals(headHash, expectedPrevious, StringComparison.Ordinal) && headCount == count)
            return new AuditReport(count, true, null);
        var problem = $"{AuditService.TailCut}: đầu chuỗi ghi nhận {VnFormat.Number(headCount)} bản ghi, còn lại {VnFormat.Number(count)}";
        return new AuditReport(count, false, last is not { } l
            ? new BrokenLink(0, string.Empty, default, problem)
            : new BrokenLink(l.Id, l.Code, Instant(l.At), problem, l.DossierId));
    }

    private static DateTimeOffset Instant(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToOffset(VnTime.Offset);

    private static async Task<List<string>> ColumnAsync(SqliteConnection c, string sql, CancellationToken ct)
    {
        var list = new List<string>();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(Convert.ToString(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return list;
    }

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        Directory.CreateDirectory(to);
        foreach (var f in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target, overwrite: true);
        }
    }

    /// <summary>
    /// Scans are content-addressed (a file never changes once written): only files missing from the pool are copied.
    /// A file already in the pool keeps the hash the previous manifest recorded for it (same size), so a backup does not
    /// re-read gigabytes of scans twice a day.
    /// </summary>
    private async Task<List<BackupFile>> CopyScansAsync(string root, CancellationToken ct)
    {
        var source = Path.Combine(dataDirectory, ScansFolder);
        if (!Directory.Exists(source)) return [];
        var pool = Path.Combine(root, ScansFolder);
        var known = ListIn(root).Take(1).SelectMany(e => e.Manifest.Scans).ToDictionary(s => s.Path, StringComparer.Ordinal);
        var list = new List<BackupFile>();
        foreach (var f in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(source, f).Replace('\\', '/');
            var target = Path.Combine(pool, rel);
            var size = new FileInfo(f).Length;
            if (File.Exists(target) && new FileInfo(target).Length == size)
            {
                list.Add(known.TryGetValue(rel, out var k) && k.Size == size ? k : new BackupFile(rel, size, await Sha256Async(target, ct)));
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target + ".partial", overwrite: true);
            File.Move(target + ".partial", target, overwrite: true);
            list.Add(new BackupFile(rel, size, await Sha256Async(target, ct)));
        }
        return list;
    }

    private static async Task<List<BackupFile>> HashFolderAsync(string folder, CancellationToken ct)
    {
        var list = new List<BackupFile>();
        foreach (var f in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(folder, f).Replace('\\', '/');
            if (rel == ManifestFile) continue;
            list.Add(new BackupFile(rel, new FileInfo(f).Length, await Sha256Async(f, ct)));
        }
        return list;
    }

    public static async Task<string> Sha256Async(string path, CancellationToken ct = default)
    {
        await using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(s, ct));
    }

    private static async Task WriteManifestAsync(string folder, BackupManifest manifest, CancellationToken ct)
    {
        var tmp = Path.Combine(folder, ManifestFile + ".partial");
        await File.WriteAllTextAsync(tmp, JsonSerializer.Serialize(manifest, Json), ct);
        File.Move(tmp, Path.Combine(folder, ManifestFile), overwrite: true);
    }

    private void Prune(string root)
    {
        var all = ListIn(root);
        var keep = Retention.Keep(all.Select(e => e.Manifest), options.Retention);
        foreach (var e in all.Where(e => !keep.Contains(e.Manifest.Id)))
        {
            try { Directory.Delete(e.Folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private sealed record BackupSettings(string Directory);
}
