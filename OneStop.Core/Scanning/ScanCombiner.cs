using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OneStop.Core.Scanning;

/// <summary>Several photos or scans of one paper as one A4 PDF, one image per page, scaled to fit inside a 10 mm margin.</summary>
public static class ScanCombiner
{
    public static void ImagesToA4Pdf(IReadOnlyList<string> imagePaths, Stream output)
    {
        using var doc = new PdfDocument();
        var margin = XUnit.FromMillimeter(10).Point;
        foreach (var path in imagePaths)
        {
            var page = doc.AddPage();
            page.Width = XUnit.FromMillimeter(210);
            page.Height = XUnit.FromMillimeter(297);
            using var image = XImage.FromFile(path);
            using var g = XGraphics.FromPdfPage(page);
            var boxW = page.Width.Point - 2 * margin;
            var boxH = page.Height.Point - 2 * margin;
            var scale = Math.Min(boxW / image.PointWidth, boxH / image.PointHeight);
            var w = image.PointWidth * scale;
            var h = image.PointHeight * scale;
            g.DrawImage(image, margin + (boxW - w) / 2, margin + (boxH - h) / 2, w, h);
        }
        doc.Save(output, closeStream: false);
    }
}
