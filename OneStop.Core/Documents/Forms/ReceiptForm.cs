using System.Globalization;
using OneStop.Core.Catalog;
using OneStop.Core.Common;
using OneStop.Core.Documents.Rendering;

namespace OneStop.Core.Documents.Forms;

/// <summary>Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả, two copies in one PDF.</summary>
public static class ReceiptForm
{
    public const string Title = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    public static readonly string[] CopyMarks = ["Liên 1: Giao người nộp hồ sơ", "Liên 2: Lưu tại bộ phận tiếp nhận"];

    public static byte[] Render(ReceiptData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var pdf = RenderCopies(d, out var copyOfPage);
        return d.Size == PaperSize.A4TwoCopies ? TwoCopySheets.Impose(pdf, copyOfPage, $"{Title} {d.DossierCode}") : pdf;
    }

    /// <summary>Each copy on its own page(s); <paramref name="copyOfPage"/> says which copy (0, 1) each page belongs to.</summary>
    private static byte[] RenderCopies(ReceiptData d, out List<int> copyOfPage)
    {
        var metrics = PageMetrics.Receipt(d.Size);
        using var c = new FormCanvas(metrics, $"{Title} {d.DossierCode}");
        // Encoded once, drawn on both copies.
        var codes = Codes.For(d.DossierCode);
        var number = NumberOf(d);
        // The copy each page belongs to: a copy that runs over (many papers, a long address) gets a continuation page
        // that names the copy, carries the dossier code and its barcode, and "Trang 2/2".
        var pagesOfCopy = new List<int>();
        copyOfPage = pagesOfCopy;
        for (var copy = 0; copy < CopyMarks.Length; copy++)
        {
            var mark = CopyMarks[copy];
            var index = copy;
            var first = true;
            c.OnNewPage = canvas =>
            {
                pagesOfCopy.Add(index);
                FormParts.CopyMark(canvas, mark);
                if (!first) Continuation(canvas, codes);
                first = false;
            };
            c.NewPage();
            Copy(c, d, codes, number);
        }
        if (pagesOfCopy.Count > CopyMarks.Length)
        {
            var font = c.Fonts.Small;
            var bottom = c.Metrics.MarginBottom;
            c.Overlay((g, page, _, width, height) =>
            {
                var copy = pagesOfCopy[page - 1];
                var pages = pagesOfCopy.Count(x => x == copy);
                if (pages < 2) return;
                var k = pagesOfCopy.Take(page).Count(x => x == copy);
                g.DrawString($"Trang {k}/{pages}", font, PdfSharp.Drawing.XBrushes.Black,
                    new PdfSharp.Drawing.XRect(0, height - bottom + 4, width, 10), PdfSharp.Drawing.XStringFormats.TopCenter);
            });
        }
        return c.ToPdf();
    }

    /// <summary>The head of a continuation page: what it continues, with the dossier code as text and as codes.</summary>
    private static void Continuation(FormCanvas c, CodeSymbols codes)
    {
        var f = c.Fonts;
        c.Paragraph([new Run(Title + " (tiếp theo)", f.Bold)], Align.Center, after: 2);
        FormParts.CodeStrip(c, codes, Math.Max(44, codes.QrModules * 1.3), 24, after: 4);
    }

    /// <summary>"Số: <register line>/<register book>" once the dossier is in the register; else the given number or a blank.</summary>
    internal static string? NumberOf(ReceiptData d) =>
        !string.IsNullOrWhiteSpace(d.Number) ? d.Number
        : d.RegisterLine is null && string.IsNullOrWhiteSpace(d.RegisterBook) ? null
        : $"{d.RegisterLine?.ToString(CultureInfo.InvariantCulture) ?? "……"}/{Or(d.RegisterBook)}";

    private static void Copy(FormCanvas c, ReceiptData d, CodeSymbols codes, string? number)
    {
        var f = c.Fonts;
        var compact = d.Size != PaperSize.A4;
        c.OfficialHeader(d.Centre, number, VnTime.DateOf(d.ReceivedAt), after: compact ? 5 : 8);
        c.Title(Title, after: 1);
        if (FormParts.CentreContactRuns(f, d.Centre, XFontPick.Small) is { Count: > 0 } centreContact)
            c.Paragraph(centreContact, Align.Center);
        c.Space(compact ? 2 : 5);
        var many = d.Documents.Count > 5;
        if (compact)
        {
            // ≥ 1.3 pt per QR module (≈3.6 px at 200 dpi) and 24 pt bars: both decode, the strip stays low.
            FormParts.CodeStrip(c, codes, Math.Max(many ? 38 : 44, codes.QrModules * 1.3), many ? 22 : 24, after: 3);
        }
        else
        {
            FormParts.CodeStrip(c, codes, c.Metrics.Body * 6.4, c.Metrics.Body * 3.2);
        }

        c.Paragraph([new Run(d.Centre.CentreName, f.Regular), new Run(" tiếp nhận hồ sơ của:", f.Regular)]);
        c.Field("Ông/Bà", d.Applicant.FullName, 8);
        c.Field("Số định danh cá nhân/tổ chức", d.Applicant.IdentityNumber, 8);
        c.Field("Địa chỉ", d.Applicant.Address, 8);
        var contact = FormParts.ContactRuns(f, d.Applicant);
        if (contact.Count == 0) contact = [new Run("Số điện thoại: ", f.Regular), new Run(Or(null), f.Bold)];
        c.Paragraph(contact, indent: 8);
        if (d.OnBehalfOf is { } a)
        {
            c.Paragraph([
                new Run("Nộp thay cho (người ủy quyền): ", f.Regular), new Run(a.FullName, f.Bold),
                new Run(" - Số định danh: ", f.Regular), new Run(Or(a.IdentityNumber), f.Bold)], indent: 8);
        }
        c.Field("Nội dung yêu cầu giải quyết", d.ProcedureName);
        c.Space(many ? 0 : compact ? 1 : 2);

        c.Paragraph("1. Thành phần hồ sơ và số lượng mỗi loại giấy tờ gồm:", f.Regular, after: compact ? 1.5 : 2);
        // Many papers: the table's type goes down a step, the name column widens and rows close up, so each copy still fits one sheet.
        var table = new Table(
            many ? [new Column(0.6, Align.Center), new Column(6.6), new Column(2.6, Align.Center), new Column(1.0, Align.Center)]
                 : [new Column(0.7, Align.Center), new Column(6.4), new Column(2.1, Align.Center), new Column(1.2, Align.Center)],
            [new HeaderCell("STT", 0), new HeaderCell("Tên giấy tờ", 1), new HeaderCell("Hình thức (bản chính, bản sao, …)", 2), new HeaderCell("Số lượng", 3)])
        {
            BodyFont = many ? f.Small : f.Regular,
            HeaderFont = compact || many ? f.SmallBold : null,
            Pad = many ? 1.0 : compact ? 2.2 : 2.5,
            After = compact ? 2.5 : 4,
        };
        var n = 0;
        foreach (var doc in d.Documents)
            table.Row((++n).ToString(CultureInfo.InvariantCulture), doc.Name, DocumentForms.Vietnamese(doc.Form),
                doc.Count.ToString("00", CultureInfo.InvariantCulture));
        if (n == 0) table.Row("", "(Không có)", "", "");
        table.Draw(c);

        c.Paragraph([new Run("2. Số lượng hồ sơ: ", f.Regular), new Run(d.SetCount.ToString("00", CultureInfo.InvariantCulture), f.Bold), new Run(" (bộ)", f.Regular)]);
        c.Paragraph([new Run("3. Thời gian giải quyết hồ sơ theo quy định: ", f.Regular), new Run(d.ProcessingTime, f.Bold)]);
        c.Paragraph([new Run("4. Thời gian nhận hồ sơ: ", f.Regular), new Run(VnFormat.Spelled(d.ReceivedAt), f.Bold)]);
        c.Paragraph([new Run("5. Thời gian trả kết quả giải quyết hồ sơ: ", f.Regular), new Run(VnFormat.Spelled(d.DueAt), f.Bold)]);
        c.Paragraph([new Run("6. Phí, lệ phí: ", f.Regular), .. FormParts.FeeRuns(f, d.Fee, d.FeeNote)]);
        if (d.PaymentQr is { } pay)
        {
            c.Space(1);
            FormParts.PaymentQr(c, pay, compact ? Math.Max(56, Codes.QrOnly(pay.Payload).QrModules * 1.3) : c.Metrics.Body * 7, after: compact ? 2 : 4);
        }
        c.Paragraph([new Run("7. Nơi/hình thức nhận kết quả: ", f.Regular), new Run(d.ResultDelivery, f.Bold)]);
        c.Paragraph([
            new Run("Vào Sổ theo dõi hồ sơ, Quyển số: ", f.Italic), new Run(Or(d.RegisterBook), f.Italic),
            new Run(", Số thứ tự: ", f.Italic),
            new Run(d.RegisterLine?.ToString(CultureInfo.InvariantCulture) ?? "……", f.Italic)]);

        c.Signatures(many ? 2 : compact ? 3 : 4,
            new Signature("NGƯỜI NỘP HỒ SƠ", d.Applicant.FullName, Space: many ? 22 : compact ? 32 : 36),
            new Signature("NGƯỜI TIẾP NHẬN HỒ SƠ", d.OfficerName, Space: many ? 22 : compact ? 32 : 36));
    }

    private static string Or(string? s) => FormParts.Or(s);
}
