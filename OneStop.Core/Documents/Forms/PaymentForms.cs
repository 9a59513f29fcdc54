using System.Globalization;
using OneStop.Core.Common;
using OneStop.Core.Documents.Rendering;

namespace OneStop.Core.Documents.Forms;

/// <summary>Phiếu thanh toán phí, lệ phí: the fee lines, the total in digits and in words, and the dynamic VietQR.</summary>
public static class PaymentSlipForm
{
    public const string Title = "PHIẾU THANH TOÁN PHÍ, LỆ PHÍ";

    public static byte[] Render(PaymentSlipData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var small = d.Size == SlipPaper.A6;
        using var c = new FormCanvas(small ? PageMetrics.A6 : PageMetrics.A5, $"{Title} {d.DossierCode}");
        var f = c.Fonts;
        c.NewPage();
        c.OfficialHeader(d.Centre, null, d.IssuedOn, after: small ? 4 : 8);
        c.Title(Title, after: small ? 2 : 4);
        c.Paragraph([new Run("Mã hồ sơ: ", f.Regular), new Run(d.DossierCode, f.Bold)], Align.Center, after: small ? 3 : 5);
        c.Field("Người nộp hồ sơ", d.ApplicantName);
        c.Field("Thủ tục", d.ProcedureName);
        c.Space(2);
        var table = new Table(
            [new Column(0.8, Align.Center), new Column(6.5), new Column(2.4, Align.Right)],
            [new HeaderCell("STT", 0), new HeaderCell("Nội dung thu", 1), new HeaderCell("Số tiền", 2)])
        {
            BodyFont = f.Regular,
            HeaderFont = f.SmallBold,
            Pad = small ? 1.8 : 2.4,
            After = small ? 2 : 4,
        };
        var n = 0;
        foreach (var line in d.Lines)
            table.Row((++n).ToString(CultureInfo.InvariantCulture), line.Name, VnFormat.Money(line.Amount));
        table.Row([[new Run("", f.Regular)], [new Run("Tổng cộng", f.Bold)], [new Run(VnFormat.Money(d.Total), f.Bold)]]);
        table.Draw(c);
        c.Paragraph([new Run("Số tiền bằng chữ: ", f.Regular), new Run(VietnameseNumberWords.Dong(d.Total), f.BoldItalic)], after: small ? 3 : 6);
        // ≥ 1.5 pt per module: ≈4 px at 200 dpi, comfortably read by a phone camera off paper.
        var qr = Codes.QrOnly(d.Qr.Payload);
        FormParts.PaymentQr(c, d.Qr, Math.Max(small ? 80 : 110, qr.QrModules * 1.5));
        return c.ToPdf();
    }
}

/// <summary>Biên lai thu phí, lệ phí: one per payment, numbered per centre and year (BL-2026-000123).</summary>
public static class FeeReceiptForm
{
    public const string Title = "BIÊN LAI THU PHÍ, LỆ PHÍ";

    public static byte[] Render(FeeReceiptData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var c = new FormCanvas(PageMetrics.A5, $"{Title} {d.ReceiptNumber}");
        var f = c.Fonts;
        c.NewPage();
        c.OfficialHeader(d.Centre, d.ReceiptNumber, VnTime.DateOf(d.PaidAt));
        c.Title(Title);
        c.Field("Mã hồ sơ", d.DossierCode);
        c.Field("Họ tên người nộp", d.PayerName);
        c.Field("Nội dung thu", d.ProcedureName);
        c.Paragraph([new Run("Số tiền: ", f.Regular), new Run(VnFormat.Money(d.Amount), f.Bold)]);
        c.Paragraph([new Run("Bằng chữ: ", f.Regular), new Run(VietnameseNumberWords.Dong(d.Amount), f.Italic)]);
        c.Field("Hình thức thanh toán", d.MethodText);
        if (!string.IsNullOrWhiteSpace(d.BankReference)) c.Field("Mã giao dịch ngân hàng", d.BankReference);
        c.Field("Thời gian thu", VnFormat.DateTime(d.PaidAt));
        c.Signatures(6,
            new Signature("NGƯỜI NỘP TIỀN", d.PayerName),
            new Signature("NGƯỜI THU TIỀN", d.CollectorName));
        return c.ToPdf();
    }
}
