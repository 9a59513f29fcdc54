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
        using var c = new FormCanvas(PageMetrics.For(d.Size), $"{Title} {d.DossierCode}");
        foreach (var mark in CopyMarks)
        {
            c.OnNewPage = canvas => FormParts.CopyMark(canvas, mark);
            c.NewPage();
            Copy(c, d);
        }
        return c.ToPdf();
    }

    private static void Copy(FormCanvas c, ReceiptData d)
    {
        var f = c.Fonts;
        c.OfficialHeader(d.Centre, d.Number, VnTime.DateOf(d.ReceivedAt));
        c.Title(Title);
        FormParts.CodeStrip(c, d.DossierCode);

        c.Paragraph([new Run(d.Centre.CentreName, f.Regular), new Run(" tiếp nhận hồ sơ của:", f.Regular)]);
        c.Field("Ông/Bà", d.Applicant.FullName, 8);
        c.Field("Số định danh cá nhân/tổ chức", d.Applicant.IdentityNumber, 8);
        c.Field("Địa chỉ", d.Applicant.Address, 8);
        c.Paragraph([
            new Run("Số điện thoại: ", f.Regular), new Run(Or(d.Applicant.Phone), f.Bold),
            new Run("  -  Email: ", f.Regular), new Run(Or(d.Applicant.Email), f.Bold)], indent: 8);
        if (d.OnBehalfOf is { } a)
        {
            c.Paragraph([
                new Run("Nộp thay cho (người ủy quyền): ", f.Regular), new Run(a.FullName, f.Bold),
                new Run(" - Số định danh: ", f.Regular), new Run(Or(a.IdentityNumber), f.Bold)], indent: 8);
        }
        c.Field("Nội dung yêu cầu giải quyết", d.ProcedureName);
        c.Space(2);

        c.Paragraph("1. Thành phần hồ sơ và số lượng mỗi loại giấy tờ gồm:", f.Regular, after: 2);
        var table = new Table(
            [new Column(0.9, Align.Center), new Column(6.2), new Column(2.2, Align.Center), new Column(1.3, Align.Center)],
            [new HeaderCell("STT", 0), new HeaderCell("Tên giấy tờ", 1), new HeaderCell("Hình thức (bản chính, bản sao, …)", 2), new HeaderCell("Số lượng", 3)])
        { BodyFont = f.Regular };
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
        c.Paragraph([new Run("7. Nơi/hình thức nhận kết quả: ", f.Regular), new Run(d.ResultDelivery, f.Bold)]);
        c.Paragraph([
            new Run("Vào Sổ theo dõi hồ sơ, Quyển số: ", f.Italic), new Run(Or(d.RegisterBook), f.Italic),
            new Run(", Số thứ tự: ", f.Italic),
            new Run(d.RegisterLine?.ToString(CultureInfo.InvariantCulture) ?? "……", f.Italic)]);

        c.Signatures(
            new Signature("NGƯỜI NỘP HỒ SƠ", d.Applicant.FullName),
            new Signature("NGƯỜI TIẾP NHẬN HỒ SƠ", d.OfficerName));
    }

    private static string Or(string? s) => FormParts.Or(s);
}
