namespace OneStop.Core.Backup;

/// <summary>The data folder is in use (a server runs on it, or a restore is replacing it): the Vietnamese reason.</summary>
public sealed class DataFolderLockedException(string message) : Exception(message);

/// <summary>
/// Who holds a data folder. The server holds "onestop.lock" for as long as it runs; a restore holds "restore.lock" and
/// then "onestop.lock" while it replaces the files. Both are exclusive file locks taken by the operating system (an
/// exclusive open on Windows, flock on Linux), so they vanish with the process even after a kill -9 or a power cut:
/// a lock file left behind never keeps the centre closed.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    public const string ServerLockFile = "onestop.lock";
    public const string RestoreLockFile = "restore.lock";
    private readonly List<FileStream> held;

    private DataFolderLock(List<FileStream> held) => this.held = held;

    /// <summary>Taken by the server at start; refused while a restore runs or another server uses the folder.</summary>
    public static DataFolderLock ForServer(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        if (TryTake(dataDirectory, ServerLockFile) is { } server) return new DataFolderLock([server]);
        if (!DiskSpace.CanWrite(dataDirectory))
            throw new DataFolderLockedException($"Không ghi được vào thư mục dữ liệu {dataDirectory} (ổ chỉ đọc, đầy hoặc tài khoản dịch vụ không có quyền ghi): OneStop không khởi động. Kiểm tra ổ đĩa và quyền của thư mục.");
        throw new DataFolderLockedException(IsHeld(dataDirectory, RestoreLockFile)
            ? $"Đang phục hồi dữ liệu vào thư mục {dataDirectory}: OneStop không khởi động cho đến khi lệnh restore chạy xong."
            : $"Một máy chủ OneStop khác đang chạy trên thư mục dữ liệu {dataDirectory}: dừng nó trước, hoặc dùng thư mục dữ liệu khác.");
    }

    /// <summary>Taken by restore for its whole run; refused while the server runs on the folder.</summary>
    public static DataFolderLock ForRestore(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var restore = TryTake(dataDirectory, RestoreLockFile)
            ?? throw new DataFolderLockedException($"Một lệnh phục hồi khác đang chạy trên thư mục {dataDirectory}.");
        var server = TryTake(dataDirectory, ServerLockFile);
        if (server is null)
        {
            restore.Dispose();
            throw new DataFolderLockedException(
                $"Máy chủ OneStop đang chạy trên thư mục dữ liệu {dataDirectory}: KHÔNG phục hồi. Dừng dịch vụ trước " +
                "(Linux: sudo systemctl stop onestop; Windows: sc.exe stop OneStop) rồi chạy lại lệnh restore.");
        }
        return new DataFolderLock([restore, server]);
    }

    /// <summary>Whether a server (or a restore) holds the folder now.</summary>
    public static bool ServerRunning(string dataDirectory) => IsHeld(dataDirectory, ServerLockFile);

    private static bool IsHeld(string dataDirectory, string name)
    {
        if (!File.Exists(Path.Combine(dataDirectory, name))) return false;
        using var s = TryTake(dataDirectory, name);
        return s is null;
    }

    private static FileStream? TryTake(string dataDirectory, string name)
    {
        try
        {
            var s = new FileStream(Path.Combine(dataDirectory, name), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            s.SetLength(0);
            s.Write(System.Text.Encoding.ASCII.GetBytes($"{Environment.ProcessId}\n"));
            s.Flush();
            return s;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var s in held) s.Dispose();
        held.Clear();
    }
}
