using System.Text;
using Microsoft.Win32.SafeHandles;

namespace OneStop.Core.Scanning;

/// <summary>
/// Counts a PDF's pages from its cross-reference table and page tree, reading a few kilobytes instead of the whole file
/// (a scanner's 5 MB PDF is one big image stream that PDFsharp would load to count one page). It answers only when the file
/// is of the plain kind and holds together: classic cross-reference tables (followed through <c>/Prev</c>), every object
/// where the table says it is, a catalogue pointing to a page tree with a direct <c>/Count</c>. Anything else (cross-reference
/// streams, compressed object streams, a table that does not match the file) answers null and the caller asks PDFsharp.
/// </summary>
public static class PdfPageTree
{
    private const int MaxTableBytes = 4 * 1024 * 1024;
    private const int ObjectWindow = 8 * 1024;

    /// <summary>The page count, or null when this reader cannot vouch for the file (not an error: ask a full parser).</summary>
    public static int? TryCount(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return TryCount(handle, RandomAccess.GetLength(handle));
    }

    private static int? TryCount(SafeFileHandle file, long length)
    {
        if (length < 32) return null;
        var tailLength = (int)Math.Min(length, 2048);
        var tail = Read(file, length - tailLength, tailLength);
        var at = tail.AsSpan().LastIndexOf("startxref"u8);
        if (at < 0) return null;
        var lex = new Lexer(tail, at + "startxref".Length);
        if (lex.Integer() is not { } start) return null;

        var offsets = new Dictionary<int, (long Offset, int Generation)>();
        (int Number, int Generation)? root = null;
        var seen = new HashSet<long>();
        long? section = start;
        while (section is { } off)
        {
            if (off <= 0 || off >= length || !seen.Add(off) || seen.Count > 64) return null;
            var buffer = Read(file, off, (int)Math.Min(length - off, MaxTableBytes));
            var trailer = ReadSection(buffer, offsets);
            if (trailer is null) return null;
            if (trailer.ContainsKey("XRefStm") || trailer.ContainsKey("Encrypt")) return null;
            root ??= trailer.TryGetValue("Root", out var r) && r is Reference rr ? (rr.Number, rr.Generation) : null;
            section = trailer.TryGetValue("Prev", out var p) && p is long prev ? prev : null;
        }
        if (root is not { } catalogue || offsets.Count == 0) return null;

        // The table must match the file: every object it lists starts where it says, under its own number.
        foreach (var (number, (offset, generation)) in offsets)
            if (!ObjectStartsAt(file, length, offset, number, generation)) return null;

        var cat = ReadObject(file, length, offsets, catalogue);
        if (cat is null || !(cat.TryGetValue("Pages", out var pages) && pages is Reference pagesRef)) return null;
        var tree = ReadObject(file, length, offsets, (pagesRef.Number, pagesRef.Generation));
        if (tree is null || !(tree.TryGetValue("Type", out var type) && type is Name { Value: "Pages" })) return null;
        return tree.TryGetValue("Count", out var count) && count is long n && n is > 0 and < 1_000_000 ? (int)n : null;
    }

    /// <summary>Reads one "xref … trailer &lt;&lt;…&gt;&gt;" section; entries already known (from a newer section) are kept.</summary>
    private static Dictionary<string, object>? ReadSection(byte[] buffer, Dictionary<int, (long, int)> offsets)
    {
        var lex = new Lexer(buffer, 0);
        if (!lex.Keyword("xref")) return null;
        while (true)
        {
            if (lex.Keyword("trailer")) return lex.Dictionary();
            if (lex.Integer() is not { } first || lex.Integer() is not { } count || first < 0 || count is < 0 or > 10_000_000) return null;
            for (var i = 0L; i < count; i++)
            {
                if (lex.Integer() is not { } offset || lex.Integer() is not { } generation) return null;
                var kind = lex.Word();
                if (kind == "n")
                {
                    if (offset <= 0) return null;
                    offsets.TryAdd((int)(first + i), (offset, (int)generation));
                }
                else if (kind != "f") return null;
            }
        }
    }

    private static bool ObjectStartsAt(SafeFileHandle file, long length, long offset, int number, int generation)
    {
        if (offset >= length) return false;
        var head = Read(file, offset, (int)Math.Min(64, length - offset));
        var lex = new Lexer(head, 0);
        return lex.Integer() == number && lex.Integer() == generation && lex.Keyword("obj");
    }

    private static Dictionary<string, object>? ReadObject(SafeFileHandle file, long length, Dictionary<int, (long Offset, int Generation)> offsets,
        (int Number, int Generation) id)
    {
        if (!offsets.TryGetValue(id.Number, out var where) || where.Generation != id.Generation) return null;
        var buffer = Read(file, where.Offset, (int)Math.Min(ObjectWindow, length - where.Offset));
        var lex = new Lexer(buffer, 0);
        if (lex.Integer() != id.Number || lex.Integer() != id.Generation || !lex.Keyword("obj")) return null;
        return lex.Dictionary();
    }

    private static byte[] Read(SafeFileHandle file, long offset, int count)
    {
        var buffer = new byte[count];
        var total = 0;
        while (total < count)
        {
            var n = RandomAccess.Read(file, buffer.AsSpan(total), offset + total);
            if (n == 0) break;
            total += n;
        }
        return total == count ? buffer : buffer[..total];
    }

    private sealed record Reference(int Number, int Generation);

    private sealed record Name(string Value);

    /// <summary>Just enough of PDF's syntax to read a trailer, a catalogue and a page-tree node; null means "cannot say".</summary>
    private ref struct Lexer(byte[] bytes, int position)
    {
        private readonly byte[] bytes = bytes;
        private int pos = position;

        private static bool IsSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;
        private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

        private void SkipSpace()
        {
            while (pos < bytes.Length)
            {
                if (IsSpace(bytes[pos])) pos++;
                else if (bytes[pos] == '%') { while (pos < bytes.Length && bytes[pos] is not (10 or 13)) pos++; }
                else break;
            }
        }

        public long? Integer()
        {
            SkipSpace();
            var start = pos;
            long value = 0;
            while (pos < bytes.Length && bytes[pos] is >= (byte)'0' and <= (byte)'9' && pos - start < 18) value = value * 10 + (bytes[pos++] - '0');
            if (pos == start || pos < bytes.Length && !IsSpace(bytes[pos]) && !IsDelimiter(bytes[pos])) { pos = start; return null; }
            return value;
        }

        public string? Word()
        {
            SkipSpace();
            var start = pos;
            while (pos < bytes.Length && !IsSpace(bytes[pos]) && !IsDelimiter(bytes[pos])) pos++;
            return pos == start ? null : Encoding.ASCII.GetString(bytes, start, pos - start);
        }

        public bool Keyword(string word)
        {
            var save = pos;
            if (Word() == word) return true;
            pos = save;
            return false;
        }

        /// <summary>A dictionary's top-level entries: integers, references and names kept; nested values skipped.</summary>
        public Dictionary<string, object>? Dictionary()
        {
            SkipSpace();
            if (!Starts("<<"u8)) return null;
            pos += 2;
            var result = new Dictionary<string, object>(StringComparer.Ordinal);
            while (true)
            {
                SkipSpace();
                if (pos >= bytes.Length) return null;
                if (Starts(">>"u8)) { pos += 2; return result; }
                if (bytes[pos] != '/') return null;
                pos++;
                var key = Word() ?? "";
                var value = Value();
                if (value is null) return null;
                result[key] = value;
            }
        }

        private bool Starts(ReadOnlySpan<byte> s) => bytes.AsSpan(pos).StartsWith(s);

        private object? Value()
        {
            SkipSpace();
            if (pos >= bytes.Length) return null;
            var b = bytes[pos];
            if (b == '/') { pos++; return new Name(Word() ?? ""); }
            if (Starts("<<"u8)) return Dictionary() is null ? null : Skipped;
            if (b == '<') { var end = Array.IndexOf(bytes, (byte)'>', pos); if (end < 0) return null; pos = end + 1; return Skipped; }
            if (b == '[') return SkipArray() ? Skipped : null;
            if (b == '(') return SkipString() ? Skipped : null;
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                var first = Integer();
                if (first is null) return Word() is null ? null : Skipped;   // a real number such as 1.5
                var save = pos;
                if (Integer() is { } gen && Keyword("R")) return new Reference((int)first.Value, (int)gen);
                pos = save;
                return first.Value;
            }
            return Word() is null ? null : Skipped;   // -1, true, false, null, a real
        }

        private bool SkipArray()
        {
            pos++;
            while (true)
            {
                SkipSpace();
                if (pos >= bytes.Length) return false;
                if (bytes[pos] == ']') { pos++; return true; }
                if (Value() is null) return false;
            }
        }

        private bool SkipString()
        {
            var depth = 0;
            while (pos < bytes.Length)
            {
                var b = bytes[pos++];
                if (b == '\\') pos++;
                else if (b == '(') depth++;
                else if (b == ')' && --depth == 0) return true;
            }
            return false;
        }

        private static readonly object Skipped = new();
    }
}
