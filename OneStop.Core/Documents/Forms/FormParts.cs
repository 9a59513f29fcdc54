using OneStop.Core.Common;
using OneStop.Core.Documents.Rendering;

namespace OneStop.Core.Documents.Forms;

/// <summary>Pieces several forms share.</summary>
internal enum XFontPick { Small, Body }

internal static class FormParts
{
    /// <summary>"Liên 1: …" at the top right of every page of a copy.</summary>
    public static void CopyMark(FormCanvas c, string mark)
    {
        var font = c.Fonts.SmallItalic;
        c.TextAt([new Run(mark, font)], c.Left, c.Metrics.MarginTop - c.Fonts.LineHeight(font) - 6, c.Width, Align.Right);
    }

    /// <summary>Code 128 with the code under it, and the QR code beside it: a scanner or a phone opens the dossier.</summary>
    public static void CodeStrip(FormCanvas c, string code) =>
        CodeStrip(c, Codes.For(code), c.Metrics.Body * 6.4, c.Metrics.Body * 3.2);

    /// <summary>
    /// The code strip from symbols encoded once (a receipt draws the same ones on both copies).
    /// <paramref name="qrSize"/> includes the QR quiet zone; the bars are at least 0.75 pt wide
    /// (≈2 px at 200 dpi, ~3 dots on a 300 dpi printer).
    /// </summary>
    public static void CodeStrip(FormCanvas c, CodeSymbols codes, double qrSize, double barHeight, double after = 4)
    {
        var textFont = c.Fonts.Bold;
        var textHeight = c.Fonts.LineHeight(textFont);
        var height = Math.Max(qrSize, barHeight + 1 + textHeight);
        c.Ensure(height + after);
        var width = c.Width;
        // Drawn once per document as a form XObject, placed on every copy.
        var strip = c.Stamp((codes, qrSize, barHeight, width), width, height, g =>
        {
            var gap = 10.0;
            var module = Math.Clamp((width - qrSize - gap) / codes.BarModules, 0.75, 1.2);
            var barWidth = codes.BarModules * module;
            var x = Math.Max(0, (width - barWidth - gap - qrSize) / 2);
            var barTop = (height - barHeight - 1 - textHeight) / 2;
            codes.DrawCode128(g, x, barTop, module, barHeight);
            c.DrawLines(g, c.Wrap([new Run("Mã hồ sơ: ", c.Fonts.Regular), new Run(codes.Text, textFont)], barWidth),
                x, barTop + barHeight + 1, barWidth, Align.Center);
            codes.DrawQr(g, x + barWidth + gap, (height - qrSize) / 2, qrSize);
        });
        c.G.DrawImage(strip, c.Left, c.Y, width, height);
        c.Y += height + after;
    }

    /// <summary>The line printed beside every fee QR.</summary>
    public const string ScanLine = "Quét mã bằng ứng dụng ngân hàng để nộp phí, lệ phí";

    /// <summary>The fee QR (quiet zone included, side <paramref name="qrSize"/>) with the bank, account, amount and purpose beside it.</summary>
    public static void PaymentQr(FormCanvas c, PaymentQrBlock q, double qrSize, double after = 4)
    {
        var f = c.Fonts;
        var gap = 8.0;
        var textX = c.Left + qrSize + gap;
        var textW = c.Width - qrSize - gap;
        var lines = c.Wrap([
            new Run(ScanLine, f.Bold), new Run("\n", f.Regular),
            new Run("Ngân hàng: ", f.Regular), new Run(q.BankName, f.Bold), new Run("\n", f.Regular),
            new Run("Số tài khoản: ", f.Regular), new Run(q.AccountNumber, f.Bold), new Run("\n", f.Regular),
            new Run("Chủ tài khoản: ", f.Regular), new Run(q.AccountHolder, f.Bold), new Run("\n", f.Regular),
            new Run("Số tiền: ", f.Regular), new Run(VnFormat.Money(q.Amount), f.Bold), new Run("\n", f.Regular),
            new Run("Nội dung chuyển khoản: ", f.Regular), new Run(q.Purpose, f.Bold)], textW);
        var height = Math.Max(qrSize, FormCanvas.HeightOf(lines));
        c.Ensure(height + after);
        Codes.QrOnly(q.Payload).DrawQr(c.G, c.Left, c.Y, qrSize);
        c.DrawLines(lines, textX, c.Y + Math.Max(0, (qrSize - FormCanvas.HeightOf(lines)) / 2), textW, Align.Left);
        c.Y += height + after;
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

    /// <summary>
    /// The first page of Mẫu 02 and Mẫu 03 up to the request: header, title, the dossier code when there is one, when and by
    /// whom the papers were brought, and what was asked for.
    /// </summary>
    public static void CounterLetterOpening(FormCanvas c, string title, CentreHeader centre, string? number, DateOnly? issuedOn,
        string? dossierCode, DateTimeOffset receivedAt, Applicant applicant, string procedureName)
    {
        var f = c.Fonts;
        c.NewPage();
        c.OfficialHeader(centre, number, issuedOn);
        c.Title(title);
        if (!string.IsNullOrWhiteSpace(dossierCode))
            c.Paragraph([new Run("Mã hồ sơ: ", f.Regular), new Run(dossierCode, f.Bold)], Align.Center, after: 4);
        c.Paragraph([new Run($"{VnFormat.Spelled(receivedAt)}, {centre.CentreName} tiếp nhận hồ sơ của:", f.Regular)]);
        ApplicantLines(c, applicant);
        c.Field("Nội dung yêu cầu giải quyết", procedureName);
    }

    /// <summary>Applicant lines shared by forms 02, 03 and 05.</summary>
    public static void ApplicantLines(FormCanvas c, Applicant a, double indent = 8)
    {
        c.Field("Ông/Bà", a.FullName, indent);
        if (!string.IsNullOrWhiteSpace(a.IdentityNumber)) c.Field("Số định danh cá nhân/tổ chức", a.IdentityNumber, indent);
        if (!string.IsNullOrWhiteSpace(a.Address)) c.Field("Địa chỉ", a.Address, indent);
        if (ContactRuns(c.Fonts, a) is { Count: > 0 } contact) c.Paragraph(contact, indent: indent);
    }

    /// <summary>"Số điện thoại: … - Email: …" with only what is known: never an "Email: ……" placeholder.</summary>
    public static List<Run> ContactRuns(FontSet f, Applicant a)
    {
        var runs = new List<Run>();
        if (!string.IsNullOrWhiteSpace(a.Phone)) runs.AddRange([new Run("Số điện thoại: ", f.Regular), new Run(a.Phone, f.Bold)]);
        if (!string.IsNullOrWhiteSpace(a.Email))
            runs.AddRange([new Run(runs.Count > 0 ? "  -  Email: " : "Email: ", f.Regular), new Run(a.Email, f.Bold)]);
        return runs;
    }

    /// <summary>"Địa chỉ: … - Điện thoại: …" of the centre, or nothing when neither is set.</summary>
    public static List<Run> CentreContactRuns(FontSet f, CentreHeader centre, XFontPick pick)
    {
        var runs = new List<Run>();
        var font = pick == XFontPick.Small ? f.SmallItalic : f.Italic;
        if (!string.IsNullOrWhiteSpace(centre.Address)) runs.Add(new Run("Địa chỉ: " + centre.Address.Trim(), font));
        if (!string.IsNullOrWhiteSpace(centre.Phone)) runs.Add(new Run((runs.Count > 0 ? "  -  " : "") + "Điện thoại: " + centre.Phone.Trim(), font));
        return runs;
    }
}
