using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OneStop.Core.Documents.Rendering;

/// <summary>
/// Two A5 copies of a counter form on one A4 portrait sheet: Liên 1 in the top half, Liên 2 in the bottom half, a dashed
/// cut line between ("cắt theo đường này"). Each A5 page is placed whole, turned a quarter turn: A5 (148 × 210 mm) turned
/// is 210 × 148 mm, exactly half of A4 (210 × 148.5 mm), so nothing is scaled: the type keeps its size and the QR and
/// Code 128 keep their module width (scaling the page down to fit upright would shrink both to 71 %, the 8.5 pt body to
/// 6 pt and the bars under what a counter scanner reads). Turn the sheet to read it: Liên 1 is then on the left.
/// A copy that runs over puts its continuation pages in the same half of the following sheets.
/// </summary>
internal static class TwoCopySheets
{
    public const string CutLabel = "cắt theo đường này";

    /// <param name="pdf">The A5 pages of every copy, in order.</param>
    /// <param name="copyOfPage">For each page of <paramref name="pdf"/>, the copy (0 for Liên 1, 1 for Liên 2) it belongs to.</param>
    public static byte[] Impose(byte[] pdf, IReadOnlyList<int> copyOfPage, string title)
    {
        NotoSansFontResolver.EnsureRegistered();
        var pagesOf = new[] { new List<int>(), new List<int>() };
        for (var i = 0; i < copyOfPage.Count; i++) pagesOf[Math.Clamp(copyOfPage[i], 0, 1)].Add(i + 1);
        var sheets = Math.Max(pagesOf[0].Count, pagesOf[1].Count);

        using var source = new MemoryStream(pdf, writable: false);
        using var form = XPdfForm.FromStream(source);
        using var doc = new PdfDocument();
        doc.Info.Title = FormCanvas.Clean(title);
        doc.Info.Creator = "OneStop";
        doc.Options.CompressContentStreams = true;
        doc.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        var label = FontSet.Make(7, XFontStyleEx.Italic);
        var cut = new XPen(XColors.Black, 0.5) { DashStyle = XDashStyle.Dash };

        for (var s = 0; s < sheets; s++)
        {
            var page = doc.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Portrait;
            var width = page.Width.Point;
            var half = page.Height.Point / 2;
            using var g = XGraphics.FromPdfPage(page);
            for (var copy = 0; copy < 2; copy++)
            {
                if (s >= pagesOf[copy].Count) continue;
                form.PageNumber = pagesOf[copy][s];
                // The A5 page's top edge runs down the sheet's right edge: its height spans the sheet's width.
                var w = form.PointWidth;
                var h = form.PointHeight;
                var top = copy * half + Math.Max(0, (half - w) / 2);
                var state = g.Save();
                g.TranslateTransform(width - Math.Max(0, (width - h) / 2), top);
                g.RotateTransform(90);
                g.DrawImage(form, 0, 0, w, h);
                g.Restore(state);
            }
            // The cut line, its words on a white gap in the middle of the line.
            g.DrawLine(cut, 10, half, width - 10, half);
            var size = g.MeasureString(CutLabel, label);
            var box = new XRect((width - size.Width) / 2 - 4, half - size.Height / 2, size.Width + 8, size.Height);
            g.DrawRectangle(XBrushes.White, box);
            g.DrawString(CutLabel, label, XBrushes.Black, box, XStringFormats.Center);
        }

        using var ms = new MemoryStream(pdf.Length + 16 * 1024);
        doc.Save(ms, closeStream: false);
        return ms.ToArray();
    }
}
