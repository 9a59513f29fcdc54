using OneStop.Core.Common;
using OneStop.Core.Documents.Rendering;

namespace OneStop.Core.Documents.Forms;

/// <summary>Pieces several forms share.</summary>
internal static class FormParts
{
    /// <summary>"Liên 1: …" at the top right of every page of a copy.</summary>
    public static void CopyMark(FormCanvas c, string mark)
    {
        var font = c.Fonts.SmallItalic;
        c.TextAt([new Run(mark, font)], c.Left, c.Metrics.MarginTop - font.GetHeight() - 6, c.Width, Align.Right);
    }

    /// <summary>Code 128 with the code under it, and the QR code beside it: a scanner or a phone opens the dossier.</summary>
    public static void CodeStrip(FormCanvas c, string code)
    {
        var qrSize = c.Metrics.Body * 6.4;
        var barHeight = c.Metrics.Body * 3.2;
        var textFont = c.Fonts.Bold;
        c.Ensure(qrSize + 4);
        var top = c.Y;
        var gap = 10.0;
        var modules = Codes.Code128Modules(code);
        // Bars no thinner than 0.75 pt (≈2 px at 200 dpi, ~3 dots on a 300 dpi printer).
        var module = Math.Clamp((c.Width - qrSize - gap) / modules, 0.75, 1.2);
        var barWidth = modules * module;
        var blockWidth = barWidth + gap + qrSize;
        var x = c.Left + Math.Max(0, (c.Width - blockWidth) / 2);
        var barTop = top + (qrSize - barHeight - textFont.GetHeight()) / 2;
        Codes.DrawCode128(c.G, code, x, barTop, module, barHeight);
        c.TextAt([new Run("Mã hồ sơ: ", c.Fonts.Regular), new Run(code, textFont)], x, barTop + barHeight + 1, barWidth, Align.Center);
        Codes.DrawQr(c.G, code, x + barWidth + gap, top, qrSize);
        c.Y = top + qrSize + 4;
    }

    public static IReadOnlyList<Run> FeeRuns(FontSet f, long fee, string? note)
    {
        List<Run> runs = fee <= 0
            ? [new Run("Không thu phí", f.Bold)]
            : [new Run(VnFormat.Money(fee), f.Bold), new Run(" (Bằng chữ: ", f.Regular), new Run(VietnameseNumberWords.Dong(fee), f.Italic), new Run(")", f.Regular)];
        if (!string.IsNullOrWhiteSpace(note)) runs.Add(new Run(" - " + note, f.Regular));
        return runs;
    }

    public static string Or(string? s) => string.IsNullOrWhiteSpace(s) ? "……" : s;

    /// <summary>Applicant lines shared by forms 02, 03 and 05.</summary>
    public static void ApplicantLines(FormCanvas c, Applicant a, double indent = 8)
    {
        c.Field("Ông/Bà", a.FullName, indent);
        if (!string.IsNullOrWhiteSpace(a.IdentityNumber)) c.Field("Số định danh cá nhân/tổ chức", a.IdentityNumber, indent);
        if (!string.IsNullOrWhiteSpace(a.Address)) c.Field("Địa chỉ", a.Address, indent);
        if (!string.IsNullOrWhiteSpace(a.Phone) || !string.IsNullOrWhiteSpace(a.Email))
        {
            var f = c.Fonts;
            c.Paragraph([
                new Run("Số điện thoại: ", f.Regular), new Run(Or(a.Phone), f.Bold),
                new Run("  -  Email: ", f.Regular), new Run(Or(a.Email), f.Bold)], indent: indent);
        }
    }
}
