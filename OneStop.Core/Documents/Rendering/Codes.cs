using System.Collections.Concurrent;
using System.Collections;
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

    private static readonly ConcurrentDictionary<string, bool[][]> QrCache = new(StringComparer.Ordinal);

    /// <summary>The QR module grid including QRCoder's 4-module quiet zone.</summary>
    public static bool[][] QrModules(string text) => QrCache.GetOrAdd(text, static t =>
    {
        if (QrCache.Count > 256) QrCache.Clear();
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(t, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(static (BitArray row) => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
    });

    /// <summary>Draws a QR code (quiet zone included) as a square of side <paramref name="size"/>.</summary>
    public static void DrawQr(XGraphics g, string text, double x, double y, double size)
    {
        var modules = QrModules(text);
        var n = modules.Length;
        var m = size / n;
        var rects = new List<XRect>(n * 4);
        for (var r = 0; r < n; r++)
        {
            var row = modules[r];
            var c = 0;
            while (c < n)
            {
                if (!row[c]) { c++; continue; }
                var start = c;
                while (c < n && row[c]) c++;
                rects.Add(new XRect(x + start * m, y + r * m, (c - start) * m, m));
            }
        }
        g.DrawRectangles(XBrushes.Black, rects.ToArray());
    }

    /// <summary>The Code 128 bar pattern (true = bar), without quiet zones.</summary>
    public static bool[] Code128Pattern(string text) => new ZXing.OneD.Code128Writer().encode(text);

    /// <summary>Total modules including both quiet zones.</summary>
    public static int Code128Modules(string text) => Code128Pattern(text).Length + 2 * BarcodeQuietModules;

    /// <summary>Draws Code 128 with its quiet zones starting at <paramref name="x"/>; returns the width used.</summary>
    public static double DrawCode128(XGraphics g, string text, double x, double y, double module, double height)
    {
        var pattern = Code128Pattern(text);
        var rects = new List<XRect>(pattern.Length / 2);
        var left = x + BarcodeQuietModules * module;
        var i = 0;
        while (i < pattern.Length)
        {
            if (!pattern[i]) { i++; continue; }
            var start = i;
            while (i < pattern.Length && pattern[i]) i++;
            rects.Add(new XRect(left + start * module, y, (i - start) * module, height));
        }
        g.DrawRectangles(XBrushes.Black, rects.ToArray());
        return (pattern.Length + 2 * BarcodeQuietModules) * module;
    }
}
