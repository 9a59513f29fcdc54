using System.Collections;
using System.Collections.Concurrent;
using PdfSharp.Drawing;
using QRCoder;

namespace OneStop.Core.Documents.Rendering;

/// <summary>
/// QR and Code 128 drawn as vector rectangles in one path each: sharp at any printer
/// resolution, no image decoding in PDFsharp, and no seams between neighbouring modules.
/// </summary>
internal static class Codes
{
    /// <summary>Quiet zone of a Code 128 symbol on each side, in modules (the standard asks for 10).</summary>
    public const int BarcodeQuietModules = 10;

    private static readonly ConcurrentDictionary<string, CodeSymbols> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, CodeSymbols> QrCache = new(StringComparer.Ordinal);

    /// <summary>
    /// The QR alone, for payloads Code 128 cannot carry (a VietQR payload is over 80 characters); no bars are encoded.
    /// </summary>
    public static CodeSymbols QrOnly(string text)
    {
        if (QrCache.TryGetValue(text, out var hit)) return hit;
        if (QrCache.Count > 256) QrCache.Clear();
        return QrCache.GetOrAdd(text, static t => new CodeSymbols(t, withBars: false));
    }

    /// <summary>
    /// The QR module runs and the Code 128 bar runs of <paramref name="text"/>, encoded once and kept
    /// (a receipt draws them on both copies; a reprint draws them again).
    /// </summary>
    public static CodeSymbols For(string text)
    {
        if (Cache.TryGetValue(text, out var hit)) return hit;
        if (Cache.Count > 256) Cache.Clear();
        return Cache.GetOrAdd(text, static t => new CodeSymbols(t));
    }

    /// <summary>The QR module grid including QRCoder's 4-module quiet zone.</summary>
    public static bool[][] QrModules(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(static (BitArray row) => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
    }

    /// <summary>Draws a QR code (quiet zone included) as a square of side <paramref name="size"/>.</summary>
    public static void DrawQr(XGraphics g, string text, double x, double y, double size) => For(text).DrawQr(g, x, y, size);

    /// <summary>The Code 128 bar pattern (true = bar), without quiet zones.</summary>
    public static bool[] Code128Pattern(string text) => new ZXing.OneD.Code128Writer().encode(text);

    /// <summary>Total modules including both quiet zones.</summary>
    public static int Code128Modules(string text) => For(text).BarModules;

    /// <summary>Draws Code 128 with its quiet zones starting at <paramref name="x"/>; returns the width used.</summary>
    public static double DrawCode128(XGraphics g, string text, double x, double y, double module, double height) =>
        For(text).DrawCode128(g, x, y, module, height);
}

/// <summary>One text's QR and Code 128 as runs of dark modules, ready to be drawn at any size.</summary>
internal sealed class CodeSymbols
{
    // QR: (row, first column, length, rows tall) of each block of dark modules.
    private readonly (int Row, int Col, int Length, int Height)[] _qrRuns;
    // Code 128: (first module, width) of each bar, quiet zone excluded.
    private readonly (int Start, int Width)[] _bars;

    public CodeSymbols(string text, bool withBars = true)
    {
        Text = text;
        var modules = Codes.QrModules(text);
        QrModules = modules.Length;
        // Horizontal runs of dark modules; a run repeated at the same place on the next row grows
        // the rectangle above it instead of adding one (fewer rectangles to write into the page).
        var runs = new List<(int Row, int Col, int Length, int Height)>(QrModules * 4);
        var open = new Dictionary<(int Col, int Length), int>();
        for (var r = 0; r < modules.Length; r++)
        {
            var row = modules[r];
            var next = new Dictionary<(int Col, int Length), int>();
            var c = 0;
            while (c < row.Length)
            {
                if (!row[c]) { c++; continue; }
                var start = c;
                while (c < row.Length && row[c]) c++;
                var key = (start, c - start);
                if (open.TryGetValue(key, out var k) && runs[k].Row + runs[k].Height == r)
                {
                    runs[k] = runs[k] with { Height = runs[k].Height + 1 };
                    next[key] = k;
                }
                else
                {
                    next[key] = runs.Count;
                    runs.Add((r, start, c - start, 1));
                }
            }
            open = next;
        }
        _qrRuns = [.. runs];

        var pattern = withBars ? Codes.Code128Pattern(text) : [];
        var bars = new List<(int, int)>(pattern.Length / 2);
        var i = 0;
        while (i < pattern.Length)
        {
            if (!pattern[i]) { i++; continue; }
            var start = i;
            while (i < pattern.Length && pattern[i]) i++;
            bars.Add((start, i - start));
        }
        _bars = [.. bars];
        BarModules = pattern.Length + 2 * Codes.BarcodeQuietModules;
    }

    public string Text { get; }

    /// <summary>QR side in modules, quiet zone included.</summary>
    public int QrModules { get; }

    /// <summary>Code 128 width in modules, both quiet zones included.</summary>
    public int BarModules { get; }

    public void DrawQr(XGraphics g, double x, double y, double size)
    {
        var m = size / QrModules;
        var rects = new XRect[_qrRuns.Length];
        for (var k = 0; k < rects.Length; k++)
        {
            var (r, c, n, h) = _qrRuns[k];
            rects[k] = new XRect(x + c * m, y + r * m, n * m, h * m);
        }
        g.DrawRectangles(XBrushes.Black, rects);
    }

    /// <summary>Draws the bars with their quiet zones starting at <paramref name="x"/>; returns the width used.</summary>
    public double DrawCode128(XGraphics g, double x, double y, double module, double height)
    {
        var left = x + Codes.BarcodeQuietModules * module;
        var rects = new XRect[_bars.Length];
        for (var k = 0; k < rects.Length; k++)
            rects[k] = new XRect(left + _bars[k].Start * module, y, _bars[k].Width * module, height);
        g.DrawRectangles(XBrushes.Black, rects);
        return BarModules * module;
    }
}
