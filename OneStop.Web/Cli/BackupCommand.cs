using Microsoft.Data.Sqlite;
using OneStop.Core.Backup;
using OneStop.Core.Common;
using OneStop.Core.Persistence;
using OneStop.Web.Hosting;

namespace OneStop.Web.Cli;

/// <summary>`backup [--data DIR]` and `restore BACKUP [--data DIR]`: the same service as the schedule, from a console.</summary>
internal static class BackupCommand
{
    public static async Task<int> BackupAsync(string[] args)
    {
        var service = Service(args, out _);
        var entry = await service.BackupAsync("Theo lệnh");
        Print(entry);
        return entry.Manifest.Verified ? 0 : 2;
    }

    public static async Task<int> RestoreAsync(string[] args)
    {
        var backup = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(args, a));
        if (backup is null)
        {
            Console.Error.WriteLine("Cách dùng: restore <thư mục bản sao lưu> [--data THƯ_MỤC_DỮ_LIỆU]  (dừng dịch vụ OneStop trước)");
            return 1;
        }
        Service(args, out var dataDir);
        string? decrypted = null;
        if (File.Exists(backup))
        {
            // An encrypted copy: decrypt into a private temporary folder, restore from it, then delete it.
            if (Passphrase(args) is not { } passphrase) return 1;
            decrypted = Path.Combine(Path.GetTempPath(), "onestop-giai-ma-" + Guid.NewGuid().ToString("N")[..10]);
            try
            {
                Console.WriteLine($"Giải mã {Path.GetFullPath(backup)} ...");
                backup = await EncryptedBackup.ImportAsync(backup, decrypted, passphrase);
            }
            catch (EncryptedBackupException e)
            {
                Console.Error.WriteLine("KHÔNG phục hồi: " + e.Message);
                TryDelete(decrypted);
                return 2;
            }
        }
        Console.WriteLine($"Kiểm tra bản sao lưu {Path.GetFullPath(backup)} ...");
        RestoreOutcome outcome;
        try { outcome = await RestoreService.RestoreAsync(Path.GetFullPath(backup), dataDir, TimeProvider.System); }
        finally { if (decrypted is not null) TryDelete(decrypted); }
        SqliteConnection.ClearAllPools();
        if (!outcome.Restored)
        {
            Console.Error.WriteLine("KHÔNG phục hồi: " + string.Join(Environment.NewLine + "  ", outcome.Problems));
            if (outcome.KeptAside is not null) Console.Error.WriteLine($"Dữ liệu trước đó được giữ ở {outcome.KeptAside}");
            return 2;
        }
        var m = outcome.Manifest!;
        Console.WriteLine($"Đã phục hồi bản sao lưu {m.Id} ({VnTime.ToVn(m.CreatedAt):dd/MM/yyyy HH:mm}, phiên bản {m.AppVersion}, lược đồ {m.SchemaVersion}) vào {dataDir}");
        Console.WriteLine($"  {Count(m, "Dossiers")} hồ sơ, {m.AuditEvents} bản ghi nhật ký, {m.Scans.Count} tệp quét");
        Console.WriteLine($"Dữ liệu trước khi phục hồi được giữ ở {outcome.KeptAside}");
        return 0;
    }

    /// <summary>`backup-drill [--data DIR]`: restores the newest backup into a temporary folder and checks it.</summary>
    public static async Task<int> DrillAsync(string[] args)
    {
        var service = Service(args, out _);
        Console.WriteLine($"Diễn tập phục hồi bản sao lưu mới nhất trong {service.BackupDirectory} ...");
        var r = await BackupDrill.RunAsync(service, TimeProvider.System);
        foreach (var line in DrillLines(r)) Console.WriteLine(line);
        return r.Passed ? 0 : 2;
    }

    internal static IEnumerable<string> DrillLines(DrillResult r)
    {
        if (r.BackupId is not null)
            yield return $"Bản sao lưu {r.BackupId} ({VnFormat.DateTime(r.BackupCreatedAt!.Value)})";
        if (r.Passed)
        {
            yield return $"ĐẠT: phục hồi được và kiểm tra đủ: {VnFormat.Number(r.Dossiers)} hồ sơ, {VnFormat.Number(r.AuditEvents)} bản ghi nhật ký, {r.Scans} tệp quét, {r.Tables} bảng khớp sổ ghi";
        }
        else
        {
            yield return "KHÔNG ĐẠT:";
            foreach (var p in r.Problems) yield return "  " + p;
        }
        yield return $"Thời gian: {VnFormat.Number(r.DurationMs)} ms";
    }

    /// <summary>`backup-encrypt BACKUP --out FILE`: one encrypted file of a backup (and its scans) to take off site.</summary>
    public static async Task<int> EncryptAsync(string[] args)
    {
        var backup = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(args, a));
        if (backup is null || !Directory.Exists(backup))
        {
            Console.Error.WriteLine("Cách dùng: backup-encrypt <thư mục bản sao lưu> [--out TỆP" + EncryptedBackup.Extension + "] [--passphrase-file TỆP]");
            return 1;
        }
        var output = Option(args, "--out") ?? Path.GetFullPath(backup).TrimEnd(Path.DirectorySeparatorChar) + EncryptedBackup.Extension;
        if (Passphrase(args, confirm: true) is not { } passphrase) return 1;
        try
        {
            var size = await EncryptedBackup.ExportAsync(backup, output, passphrase);
            Console.WriteLine($"Đã mã hoá {Path.GetFullPath(backup)} vào {Path.GetFullPath(output)} ({VnFormat.Number(size / 1024)} KB).");
            Console.WriteLine("Giữ mật khẩu ở nơi khác với tệp: không có mật khẩu thì không ai (kể cả OneStop) mở được tệp.");
            return 0;
        }
        catch (EncryptedBackupException e)
        {
            Console.Error.WriteLine("KHÔNG mã hoá: " + e.Message);
            return 2;
        }
    }

    /// <summary>`backup-decrypt FILE --out DIR`: back to a backup folder (with its scans pool) that restore can use.</summary>
    public static async Task<int> DecryptAsync(string[] args)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(args, a));
        var output = Option(args, "--out");
        if (file is null || !File.Exists(file) || output is null)
        {
            Console.Error.WriteLine("Cách dùng: backup-decrypt <tệp" + EncryptedBackup.Extension + "> --out THƯ_MỤC [--passphrase-file TỆP]");
            return 1;
        }
        if (Passphrase(args) is not { } passphrase) return 1;
        try
        {
            var folder = await EncryptedBackup.ImportAsync(file, Path.GetFullPath(output), passphrase);
            Console.WriteLine($"Đã giải mã vào {folder}");
            Console.WriteLine($"Phục hồi: dotnet OneStop.Web.dll restore \"{folder}\" --data THƯ_MỤC_DỮ_LIỆU");
            return 0;
        }
        catch (EncryptedBackupException e)
        {
            Console.Error.WriteLine("KHÔNG giải mã: " + e.Message);
            return 2;
        }
    }

    /// <summary>
    /// The passphrase from --passphrase-file, else ONESTOP_BACKUP_PASSPHRASE, else typed at the console without echo
    /// (twice when encrypting). Never from a plain argument: it would stay in the shell's history.
    /// </summary>
    internal static string? Passphrase(string[] args, bool confirm = false)
    {
        string? p = null;
        if (Option(args, "--passphrase-file") is { } file) p = File.ReadAllText(file).TrimEnd('\r', '\n');
        else if (Environment.GetEnvironmentVariable("ONESTOP_BACKUP_PASSPHRASE") is { Length: > 0 } env) p = env;
        else if (!Console.IsInputRedirected)
        {
            p = ReadHidden("Mật khẩu mã hoá: ");
            if (confirm && ReadHidden("Nhập lại mật khẩu: ") != p)
            {
                Console.Error.WriteLine("Hai lần nhập không giống nhau.");
                return null;
            }
        }
        else p = Console.ReadLine();
        if (confirm && EncryptedBackup.CheckPassphrase(p) is { } weak)
        {
            Console.Error.WriteLine(weak);
            return null;
        }
        if (string.IsNullOrEmpty(p)) Console.Error.WriteLine("Chưa có mật khẩu (--passphrase-file TỆP hoặc biến môi trường ONESTOP_BACKUP_PASSPHRASE).");
        return string.IsNullOrEmpty(p) ? null : p;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Write(prompt);
        var sb = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var k && k.Key != ConsoleKey.Enter)
        {
            if (k.Key == ConsoleKey.Backspace) { if (sb.Length > 0) sb.Length--; }
            else if (!char.IsControl(k.KeyChar)) sb.Append(k.KeyChar);
        }
        Console.WriteLine();
        return sb.ToString();
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static string Count(BackupManifest m, string table) => VnFormat.Number(m.Counts.TryGetValue(table, out var n) ? n : 0);

    private static bool IsOptionValue(string[] args, string a)
    {
        var i = Array.IndexOf(args, a);
        return i > 0 && args[i - 1].StartsWith("--", StringComparison.Ordinal) && !args[i - 1].Contains('=');
    }

    private static BackupService Service(string[] args, out string dataDir)
    {
        var builder = WebApplication.CreateBuilder(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray());
        var options = builder.Configuration.GetSection(OneStopOptions.Section).Get<OneStopOptions>() ?? new OneStopOptions();
        var i = Array.IndexOf(args, "--data");
        var dir = i >= 0 && i + 1 < args.Length ? args[i + 1] : options.DataDirectory;
        dataDir = string.IsNullOrWhiteSpace(dir) ? OneStopDatabase.DefaultDataDirectory : Path.GetFullPath(dir);
        var backup = builder.Configuration.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions();
        return new BackupService(dataDir, backup, TimeProvider.System);
    }

    private static void Print(BackupEntry entry)
    {
        var m = entry.Manifest;
        Console.WriteLine(m.Verified
            ? $"Sao lưu {m.Id}: ĐÃ KIỂM TRA ({VnFormat.Number(m.SizeBytes / 1024)} KB, {Count(m, "Dossiers")} hồ sơ, {m.AuditEvents} bản ghi nhật ký, {m.Scans.Count} tệp quét, {m.DurationMs} ms)"
            : $"Sao lưu {m.Id}: KHÔNG ĐẠT: {string.Join("; ", m.Problems)}");
        Console.WriteLine($"  {entry.Folder}");
    }
}
