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
        Console.WriteLine($"Kiểm tra bản sao lưu {Path.GetFullPath(backup)} ...");
        var outcome = await RestoreService.RestoreAsync(Path.GetFullPath(backup), dataDir, TimeProvider.System);
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
