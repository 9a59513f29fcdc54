using System.Globalization;
using OneStop.Core.Common;
using OneStop.Core.Documents.Rendering;

namespace OneStop.Core.Documents.Forms;

/// <summary>One line of the fee summary: a counter (or the centre's total), counts of dossiers and amounts in whole đồng.</summary>
public sealed record FeeSummaryRow(string Name, int CashCount, long CashAmount, int TransferCount, long TransferAmount, int ExemptCount, long ExemptAmount);

public sealed record FeeSummaryExemption(string Reason, int Count, long Amount);

/// <summary>The printable fee summary of a day or a period.</summary>
/// <param name="CashlessText">The Decision 766 line, already worded ("Tỷ lệ … : 62,5 % (5/8 hồ sơ)…").</param>
public sealed record FeeSummaryData(CentreHeader Centre, DateOnly From, DateOnly To, IReadOnlyList<FeeSummaryRow> Rows, FeeSummaryRow Total,
    IReadOnlyList<FeeSummaryExemption> Exemptions, string CashlessText, DateTimeOffset MadeAt, string MadeBy);

/// <summary>"Bảng tổng hợp thu phí, lệ phí": per counter and for the centre, A4 landscape, signed by the maker.</summary>
public static class FeeSummaryForm
{
    public const string Title = "BẢNG TỔNG HỢP THU PHÍ, LỆ PHÍ";

    public static byte[] Render(FeeSummaryData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var c = new FormCanvas(PageMetrics.A4Landscape, Title);
        var f = c.Fonts;
        c.NewPage();
        c.OfficialHeader(d.Centre, null, VnTime.DateOf(d.MadeAt));
        c.Title(Title, d.From == d.To ? $"Ngày {VnFormat.Date(d.From)}" : $"Từ ngày {VnFormat.Date(d.From)} đến ngày {VnFormat.Date(d.To)}");
        var table = new Table(
            [new Column(3.2), new Column(0.9, Align.Right), new Column(1.5, Align.Right), new Column(0.9, Align.Right), new Column(1.5, Align.Right),
             new Column(0.9, Align.Right), new Column(1.5, Align.Right), new Column(0.9, Align.Right), new Column(1.6, Align.Right)],
            [
                new HeaderCell("Cán bộ thu", 0, RowSpan: 2),
                new HeaderCell("Tiền mặt", 1, ColSpan: 2), new HeaderCell("Chuyển khoản", 3, ColSpan: 2),
                new HeaderCell("Miễn phí, lệ phí", 5, ColSpan: 2), new HeaderCell("Tổng đã thu", 7, ColSpan: 2),
                new HeaderCell("Số HS", 1, Row: 1), new HeaderCell("Số tiền", 2, Row: 1),
                new HeaderCell("Số HS", 3, Row: 1), new HeaderCell("Số tiền", 4, Row: 1),
                new HeaderCell("Số HS", 5, Row: 1), new HeaderCell("Số tiền miễn", 6, Row: 1),
                new HeaderCell("Số HS", 7, Row: 1), new HeaderCell("Số tiền", 8, Row: 1),
            ])
        { BodyFont = f.Regular, HeaderFont = f.SmallBold };
        foreach (var r in d.Rows) table.Row(Cells(r));
        table.Row(Cells(d.Total).Select(text => (IReadOnlyList<Run>)[new Run(text, f.Bold)]).ToArray());
        table.Draw(c);
        if (d.Rows.Count == 0)
            c.Paragraph("Không có khoản thu hay miễn nào trong kỳ.", f.Italic, after: 4);
        c.Paragraph([new Run("Tổng số tiền đã thu bằng chữ: ", f.Regular), new Run(VietnameseNumberWords.Dong(d.Total.CashAmount + d.Total.TransferAmount), f.BoldItalic)], after: 4);
        c.Paragraph([new Run(d.CashlessText, f.Bold)], after: 6);
        if (d.Exemptions.Count > 0)
        {
            c.Paragraph("Miễn, giảm phí, lệ phí theo lý do:", f.Bold, after: 2);
            foreach (var e in d.Exemptions)
                c.Paragraph($"- {e.Reason}: {Count(e.Count)} hồ sơ" + (e.Amount > 0 ? $", {VnFormat.Money(e.Amount)}" : ""), f.Regular, indent: 8);
            c.Space(4);
        }
        c.Signatures(new Signature("NGƯỜI LẬP BẢNG", d.MadeBy), new Signature("THỦ TRƯỞNG ĐƠN VỊ", null));
        return c.ToPdf();
    }

    private static string[] Cells(FeeSummaryRow r) =>
    [
        r.Name, Count(r.CashCount), VnFormat.Money(r.CashAmount), Count(r.TransferCount), VnFormat.Money(r.TransferAmount),
        Count(r.ExemptCount), VnFormat.Money(r.ExemptAmount), Count(r.CashCount + r.TransferCount), VnFormat.Money(r.CashAmount + r.TransferAmount),
    ];

    private static string Count(int n) => n.ToString("N0", VnTime.Culture);
}
