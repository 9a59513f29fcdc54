using OneStop.Core.Common;

namespace OneStop.Core.Backup;

/// <summary>What the Admin and Supervisor see about backups: the list, the last verified one, and a warning when it is stale.</summary>
public sealed record BackupStatus(IReadOnlyList<BackupEntry> All, BackupEntry? LastVerified, string? Warning)
{
    /// <summary>
    /// Two backups a day: a day without a verified one means the schedule or the folder is broken. 26 hours, not 24, so
    /// that yesterday's 17:30 backup taken a few minutes late does not raise the banner before today's 17:30 one.
    /// </summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(26);

    public static readonly BackupStatus Empty = new([], null, null);

    public static BackupStatus Of(IReadOnlyList<BackupEntry> all, DateTimeOffset now, string folder)
    {
        var last = all.FirstOrDefault(e => e.Manifest.Verified);
        string? warning = null;
        if (!Directory.Exists(folder))
            warning = $"Không thấy thư mục sao lưu {folder} (ổ USB hoặc thư mục mạng chưa gắn?).";
        else if (last is null)
            warning = "Chưa có bản sao lưu nào được kiểm tra đạt.";
        else if (now - last.Manifest.CreatedAt > StaleAfter)
            warning = $"Bản sao lưu đã kiểm tra gần nhất là lúc {VnFormat.DateTime(last.Manifest.CreatedAt)}, đã quá {StaleAfter.TotalHours:0} giờ.";
        if (all.Count > 0 && !all[0].Manifest.Verified)
            warning = (warning is null ? "" : warning + " ") + $"Lần sao lưu mới nhất ({VnFormat.DateTime(all[0].Manifest.CreatedAt)}) KHÔNG ĐẠT kiểm tra.";
        return new BackupStatus(all, last, warning);
    }
}
