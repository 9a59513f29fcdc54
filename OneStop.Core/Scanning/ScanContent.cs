using System.Buffers.Binary;
using System.Text;
using OneStop.Core.Common;
using PdfSharp.Pdf.IO;

namespace OneStop.Core.Scanning;

/// <summary>The kinds of scan a dossier accepts, decided by the content (magic bytes), never by the name.</summary>
public enum ScanKind { Pdf, Jpeg, Png, Tiff }

/// <summary>What the content turned out to be: its kind and how many pages it has.</summary>
public sealed record ScanInfo(ScanKind Kind, int Pages)
{
    public string ContentType => ScanContent.ContentType(Kind);
}

/// <summary>
/// Decides what a stored file is from its bytes and refuses what must not get into a dossier: executables with a
/// document's name, empty files, truncated or encrypted PDFs, TIFFs whose structure does not hold. Messages are Vietnamese.
/// </summary>
public static class ScanContent
{
    public const string Empty = "Tệp rỗng (0 byte), không đính kèm được.";
    public const string Executable = "Tệp là chương trình máy tính (đổi tên thành tài liệu), không được đính kèm.";
    public const string Unknown = "Chỉ nhận tệp PDF, JPEG, PNG hoặc TIFF; nội dung tệp này không phải các loại đó.";
    public const string BrokenPdf = "Tệp PDF bị hỏng hoặc chưa tải hết, không đọc được.";
    public const string EncryptedPdf = "Tệp PDF có đặt mật khẩu hoặc mã hóa; hãy quét hoặc xuất lại bản không mã hóa.";
    public const string BrokenImage = "Tệp ảnh bị hỏng hoặc chưa tải hết, không đọc được.";
    public const string BrokenTiff = "Tệp TIFF không giải mã được (cấu trúc hỏng).";

    public static string ContentType(ScanKind kind) => kind switch
    {
        ScanKind.Pdf => "application/pdf",
        ScanKind.Jpeg => "image/jpeg",
        ScanKind.Png => "image/png",
        ScanKind.Tiff => "image/tiff",
        _ => "application/octet-stream",
    };

    public static string Extension(ScanKind kind) => kind switch
    {
        ScanKind.Pdf => ".pdf", ScanKind.Jpeg => ".jpg", ScanKind.Png => ".png", ScanKind.Tiff => ".tif", _ => "",
    };

    /// <summary>Inspects the file at <paramref name="path"/> (already fully written).</summary>
    public static Result<ScanInfo> Inspect(string path)
    {
        var length = new FileInfo(path).Length;
        if (length == 0) return Result<ScanInfo>.Invalid(Empty);
        Span<byte> head = stackalloc byte[16];
        int read;
        using (var f = File.OpenRead(path)) read = f.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];

        if (head.StartsWith("MZ"u8) || head.StartsWith("\u007fELF"u8) || head.StartsWith("#!"u8)
            || head.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]) || head.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE])
            || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCF]))
            return Result<ScanInfo>.Invalid(Executable);
        if (head.StartsWith("%PDF-"u8)) return Pdf(path, length);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg(path);
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png(path);
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)) return Tiff(path);
        return Result<ScanInfo>.Invalid(Unknown);
    }

    private static Result<ScanInfo> Pdf(string path, long length)
    {
        // A PDF cut short loses its "%%EOF" (and its cross-reference table) at the end.
        var tail = ReadRange(path, Math.Max(0, length - 1024), (int)Math.Min(1024, length));
        if (tail.AsSpan().IndexOf("%%EOF"u8) < 0) return Result<ScanInfo>.Invalid(BrokenPdf);
        // The trailer (at the end, or at the start of a linearised file) names the encryption dictionary.
        var window = (int)Math.Min(64 * 1024, length);
        if (ReadRange(path, length - window, window).AsSpan().IndexOf("/Encrypt"u8) >= 0
            || ReadRange(path, 0, window).AsSpan().IndexOf("/Encrypt"u8) >= 0)
            return Result<ScanInfo>.Invalid(EncryptedPdf);
        // Most scans are plain PDFs: their page tree answers from a few kilobytes. PDFsharp (which loads every object,
        // the 5 MB image included) decides the rest.
        if (PdfPageTree.TryCount(path) is { } pages) return Result<ScanInfo>.Ok(new ScanInfo(ScanKind.Pdf, pages));
        try
        {
            var asked = false;
            using var doc = PdfReader.Open(path, PdfDocumentOpenMode.Import, _ => asked = true);
            if (asked) return Result<ScanInfo>.Invalid(EncryptedPdf);
            return doc.PageCount > 0 ? Result<ScanInfo>.Ok(new ScanInfo(ScanKind.Pdf, doc.PageCount)) : Result<ScanInfo>.Invalid(BrokenPdf);
        }
        // PDFsharp signals a damaged or unsupported file through many exception types (NotImplementedException included, for
        // PDF features it does not read): every one of them means "this PDF cannot be accepted", never a crash of the upload.
        catch (Exception e) when (e is PdfReaderException or InvalidOperationException or ArgumentException or IOException
                                       or FormatException or NotImplementedException or InvalidCastException or IndexOutOfRangeException
                                       or NullReferenceException or System.Security.Cryptography.CryptographicException)
        {
            return Result<ScanInfo>.Invalid(e is System.Security.Cryptography.CryptographicException ? EncryptedPdf : BrokenPdf);
        }
    }

    /// <summary>A JPEG must reach a frame header (SOFn) with a size through well-formed segments.</summary>
    private static Result<ScanInfo> Jpeg(string path)
    {
        using var f = File.OpenRead(path);
        using var r = new BinaryReader(f);
        try
        {
            f.Position = 2;
            while (f.Position < f.Length)
            {
                if (r.ReadByte() != 0xFF) return Result<ScanInfo>.Invalid(BrokenImage);
                var marker = r.ReadByte();
                while (marker == 0xFF) marker = r.ReadByte();
                if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) continue;
                if (marker == 0xD9) break;
                var len = BinaryPrimitives.ReadUInt16BigEndian(r.ReadBytes(2));
                if (len < 2 || f.Position + len - 2 > f.Length) return Result<ScanInfo>.Invalid(BrokenImage);
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                {
                    var frame = r.ReadBytes(5);
                    var height = BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(1));
                    var width = BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(3));
                    return width > 0 && height > 0 ? Result<ScanInfo>.Ok(new ScanInfo(ScanKind.Jpeg, 1)) : Result<ScanInfo>.Invalid(BrokenImage);
                }
                f.Position += len - 2;
            }
        }
        catch (EndOfStreamException) { }
        return Result<ScanInfo>.Invalid(BrokenImage);
    }

    /// <summary>A PNG starts with its header chunk and ends with IEND.</summary>
    private static Result<ScanInfo> Png(string path)
    {
        var length = new FileInfo(path).Length;
        if (length < 8 + 25 + 12) return Result<ScanInfo>.Invalid(BrokenImage);
        var ihdr = ReadRange(path, 8, 16);
        if (!ihdr.AsSpan(4, 4).SequenceEqual("IHDR"u8)) return Result<ScanInfo>.Invalid(BrokenImage);
        var end = ReadRange(path, length - 12, 12);
        if (!end.AsSpan(4, 4).SequenceEqual("IEND"u8)) return Result<ScanInfo>.Invalid(BrokenImage);
        return Result<ScanInfo>.Ok(new ScanInfo(ScanKind.Png, 1));
    }

    /// <summary>
    /// Walks the chain of image directories (one per page): every directory and every strip or tile it names must lie inside
    /// the file, with a width and a height. A chain that loops or points outside the file does not decode.
    /// </summary>
    private static Result<ScanInfo> Tiff(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var big = bytes[0] == (byte)'M';
        uint U32(long at) => big ? BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan((int)at)) : BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)at));
        ushort U16(long at) => big ? BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan((int)at)) : BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan((int)at));
        try
        {
            var seen = new HashSet<uint>();
            var offset = U32(4);
            var pages = 0;
            while (offset != 0)
            {
                if (!seen.Add(offset) || offset + 2 > bytes.Length || pages > 10_000) return Result<ScanInfo>.Invalid(BrokenTiff);
                int count = U16(offset);
                if (count == 0 || offset + 2 + count * 12L + 4 > bytes.Length) return Result<ScanInfo>.Invalid(BrokenTiff);
                uint width = 0, height = 0, dataOffset = 0;
                var hasData = false;
                for (var i = 0; i < count; i++)
                {
                    var e = offset + 2 + i * 12L;
                    var tag = U16(e);
                    var type = U16(e + 2);
                    var n = U32(e + 4);
                    uint Value() => type == 3 ? U16(e + 8) : U32(e + 8);
                    switch (tag)
                    {
                        case 256: width = Value(); break;
                        case 257: height = Value(); break;
                        case 273 or 324:
                            hasData = true;
                            // One strip: the value is the offset; several: the value points to the list of offsets.
                            dataOffset = n == 1 ? Value() : U32(e + 8);
                            break;
                    }
                }
                if (width == 0 || height == 0 || !hasData || dataOffset >= bytes.Length) return Result<ScanInfo>.Invalid(BrokenTiff);
                pages++;
                offset = U32(offset + 2 + count * 12L);
            }
            return pages > 0 ? Result<ScanInfo>.Ok(new ScanInfo(ScanKind.Tiff, pages)) : Result<ScanInfo>.Invalid(BrokenTiff);
        }
        catch (ArgumentOutOfRangeException)
        {
            return Result<ScanInfo>.Invalid(BrokenTiff);
        }
    }

    private static byte[] ReadRange(string path, long from, int count)
    {
        using var f = File.OpenRead(path);
        f.Position = from;
        var buffer = new byte[count];
        var n = f.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return buffer[..n];
    }
}

/// <summary>The name a citizen's file is shown under: no folders, no control or reserved characters, NFC, at most 200 characters.</summary>
public static class ScanFileName
{
    public const int MaxLength = 200;
    public const string Bad = "Tên tệp không hợp lệ (chứa đường dẫn hoặc ký tự đặc biệt); hãy đổi tên tệp rồi thử lại.";

    public static Result<string> Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return Result<string>.Invalid(Bad);
        var n = name.Normalize(NormalizationForm.FormC).Trim();
        if (n.Length > MaxLength || n is "." or ".." || n.StartsWith('.') && n.Trim('.').Length == 0) return Result<string>.Invalid(Bad);
        foreach (var c in n)
        {
            if (char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
                return Result<string>.Invalid(Bad);
        }
        return Result<string>.Ok(n);
    }
}
