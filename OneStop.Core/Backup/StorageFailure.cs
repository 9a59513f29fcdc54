using Microsoft.Data.Sqlite;
using OneStop.Core.Common;

namespace OneStop.Core.Backup;

/// <summary>
/// What an officer is told when the disk under the database fails a save (full, read-only, busy, I/O error), and the
/// last such failure kept for the health check. SQLite rolls the whole transaction back in each case, so the message
/// can promise that nothing was half-written and the form is kept.
/// </summary>
public sealed class StorageFailure(TimeProvider clock)
{
    private readonly Lock gate = new();
    private (DateTimeOffset At, string Reason)? last;

    public const string Generic =
        "Đã xảy ra lỗi khi lưu (cơ sở dữ liệu đang bận hoặc không truy cập được). Dữ liệu bạn đang nhập chưa bị mất; thử lại.";

    /// <summary>The Vietnamese message for a failed save, by SQLite's primary result code (or the I/O exception's).</summary>
    public static string Message(Exception e) => Reason(e) switch
    {
        Kind.Full => "Ổ đĩa chứa dữ liệu đã đầy: hồ sơ CHƯA được lưu và không có gì bị ghi dở. Dữ liệu bạn đang nhập vẫn còn trên màn hình; báo quản trị viên giải phóng dung lượng ổ đĩa rồi bấm lưu lại.",
        Kind.ReadOnly => "Thư mục dữ liệu đang ở chế độ chỉ đọc (ổ đĩa lỗi hoặc bị khoá ghi): hồ sơ CHƯA được lưu. Dữ liệu bạn đang nhập vẫn còn trên màn hình; báo quản trị viên.",
        Kind.Io => "Lỗi ghi ổ đĩa chứa dữ liệu: hồ sơ CHƯA được lưu và không có gì bị ghi dở. Dữ liệu bạn đang nhập vẫn còn trên màn hình; thử lại, nếu vẫn lỗi báo quản trị viên.",
        _ => Generic,
    };

    /// <summary>A short reason for the health check and the log (no personal data).</summary>
    public static string Brief(Exception e) => Reason(e) switch
    {
        Kind.Full => "ổ đĩa đầy",
        Kind.ReadOnly => "thư mục dữ liệu chỉ đọc",
        Kind.Io => "lỗi ghi ổ đĩa",
        _ => "cơ sở dữ liệu bận hoặc không truy cập được",
    };

    private enum Kind { Other, Full, ReadOnly, Io }

    private static Kind Reason(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is SqliteException s)
                return (s.SqliteErrorCode & 0xff) switch { 13 => Kind.Full, 8 => Kind.ReadOnly, 10 => Kind.Io, _ => Kind.Other };
            // ENOSPC (28) on Unix, ERROR_DISK_FULL (112) / ERROR_HANDLE_DISK_FULL (39) on Windows.
            if (x is IOException io && (io.HResult & 0xffff) is 28 or 112 or 39) return Kind.Full;
            if (x is UnauthorizedAccessException) return Kind.ReadOnly;
        }
        return Kind.Other;
    }

    public static bool IsDiskFull(Exception e) => Reason(e) == Kind.Full;

    /// <summary>Keeps the failure for the health check: one officer's failed save is the centre's alarm.</summary>
    public void Record(Exception e)
    {
        lock (gate) last = (clock.GetUtcNow(), Brief(e));
    }

    /// <summary>The last failed save within the hour, as "HH:mm: reason"; older ones no longer say anything about now.</summary>
    public string? Recent()
    {
        lock (gate)
        {
            if (last is not { } l || clock.GetUtcNow() - l.At > TimeSpan.FromHours(1)) return null;
            return $"{VnFormat.DateTime(l.At)}: {l.Reason}";
        }
    }
}
