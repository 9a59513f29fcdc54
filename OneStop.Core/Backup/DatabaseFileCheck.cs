using System.Buffers.Binary;
using System.Text;

namespace OneStop.Core.Backup;

/// <summary>
/// A cheap look at a database file's header before SQLite opens it, so a damaged file meets a plan instead of a stack
/// trace: not a SQLite file, or shorter than the pages its header counts (a file cut in half). Reads only; never writes.
/// </summary>
public static class DatabaseFileCheck
{
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>What is wrong with the file, in Vietnamese; null when the header looks sound (or the file is new and empty).</summary>
    public static string? Inspect(string path)
    {
        if (!File.Exists(path)) return null;
        using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (s.Length == 0) return null;
        var header = new byte[100];
        if (s.Length < header.Length || s.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
            || !header.AsSpan(0, 16).SequenceEqual(Magic))
            return "tệp không phải cơ sở dữ liệu SQLite (có thể bị ghi đè hoặc hỏng phần đầu)";
        int pageSize = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16));
        long size = pageSize == 1 ? 65536 : pageSize;
        var pages = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28));
        var changeCounter = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(24));
        var validFor = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(92));
        // The page count in the header is only meaningful when written by SQLite ≥ 3.7.0 in the same transaction.
        if (pages > 0 && validFor == changeCounter && s.Length < pages * size)
            return $"tệp bị cắt cụt: chỉ còn {s.Length:N0} byte trên {pages * size:N0} byte ({pages:N0} trang)";
        return null;
    }
}
