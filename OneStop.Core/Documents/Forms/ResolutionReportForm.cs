using System.Globalization;
using OneStop.Core.Common;
using OneStop.Core.Documents.Rendering;
using OneStop.Core.Reports;
using PdfSharp.Drawing;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace OneStop.Core.Documents.Forms;

/// <summary>Report II.06a (Circular 01/2020/TT-VPCP) as the document sent up: A4 landscape PDF, and the same table as XLSX.</summary>
public static class ResolutionReportForm
{
    public const string FormNumber = "Biểu số II.06a/VPCP/KSTT";
    public const string Title = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";

    private const string ReceivedGroup = "Số hồ sơ nhận giải quyết";
    private const string ResolvedGroup = "Số hồ sơ đã giải quyết";
    private const string InProgressGroup = "Số hồ sơ đang giải quyết";

    /// <summary>The second header row under the three groups, columns (3) to (13).</summary>
    private static readonly string[] Leaves =
    [
        "Tổng số", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước chuyển qua",
        "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn",
        "Tổng số", "Trong hạn", "Quá hạn",
    ];

    public static string PeriodLine(ResolutionReportData d) => d.Period.Key.Length == 0
        ? $"Kỳ báo cáo: {d.Period.Name}"
        : $"Kỳ báo cáo: {d.Period.Name} (từ ngày {VnFormat.Date(d.Period.From)} đến ngày {VnFormat.Date(d.Period.To)})";

    public static string IdentityLine(ResolutionReport r) =>
        "Kiểm tra: " + string.Join("; ", r.Identities.Select(i => $"{i.Formula}: {(i.Holds ? "đúng" : "SAI")}")) + ".";

    /// <summary>The 13 cells of a row: STT, field, then (3) to (13).</summary>
    public static int[] Numbers(ResolutionRow r) =>
        [r.Received, r.Online, r.DirectOrPostal, r.CarriedOver, r.Resolved, r.Early, r.OnTime, r.Late, r.InProgress, r.InProgressWithin, r.InProgressOverdue];

    private static string N(int n) => n.ToString("#,0", VnTime.Culture);

    public static byte[] Render(ResolutionReportData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var c = new FormCanvas(PageMetrics.A4Landscape, $"{FormNumber} - {d.Period.Name}");
        var f = c.Fonts;
        c.NewPage();
        c.Paragraph(FormNumber, f.SmallItalic, Align.Right);
        c.OfficialHeader(d.Centre, null, d.IssuedOn, leftShare: 0.45);
        c.Title(Title, $"tại {d.Centre.CentreName}");
        c.Paragraph(PeriodLine(d), f.Italic, Align.Center);
        c.Paragraph("Đơn vị tính: Số hồ sơ TTHC", f.SmallItalic, Align.Right, after: 4);

        HeaderCell[] header =
        [
            new("STT", 0, RowSpan: 2), new("Lĩnh vực giải quyết", 1, RowSpan: 2),
            new(ReceivedGroup, 2, ColSpan: 4), new(ResolvedGroup, 6, ColSpan: 4), new(InProgressGroup, 10, ColSpan: 3),
            .. Leaves.Select((name, i) => new HeaderCell(name, 2 + i, Row: 1)),
        ];
        var table = new Table(
            [new Column(0.5, Align.Center), new Column(3.2), .. Enumerable.Range(0, 11).Select(_ => new Column(1, Align.Right))],
            header)
        { BodyFont = f.Regular, HeaderFont = f.Bold };
        table.Row(Enumerable.Range(1, 13).Select(i => (IReadOnlyList<Run>)[new Run($"({i})", f.SmallItalic)]).ToArray());
        var n = 0;
        foreach (var r in d.Report.Rows)
        {
            n++;
            table.Row([n.ToString(CultureInfo.InvariantCulture), r.FieldName, .. Numbers(r).Select(N)]);
        }
        var total = d.Report.Total;
        table.Row([[new Run("", f.Bold)], [new Run(total.FieldName, f.Bold)], .. Numbers(total).Select(v => (IReadOnlyList<Run>)[new Run(N(v), f.Bold)])]);
        table.Draw(c);

        c.Paragraph(IdentityLine(d.Report), f.SmallItalic, after: 4);
        c.Signatures(new Signature("NGƯỜI LẬP BIỂU", d.PreparedBy), new Signature("THỦ TRƯỞNG CƠ QUAN", null, "(Ký, ghi rõ họ tên, đóng dấu)"));

        var pageFont = f.Small;
        c.Overlay((g, page, pages, width, height) =>
            g.DrawString($"Trang {page}/{pages}", pageFont, XBrushes.Black,
                new XRect(0, height - c.Metrics.MarginBottom + 6, width, 12), XStringFormats.TopCenter));
        return c.ToPdf();
    }

    /// <summary>The same table as XLSX; the figures are numeric cells so they can be summed and charted.</summary>
    public static async Task<byte[]> RenderXlsxAsync(ResolutionReportData d, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var ms = new MemoryStream();
        await using (var book = await Spreadsheet.CreateNewAsync(ms, cancellationToken: ct))
        {
            var options = new WorksheetOptions { FrozenRows = 6 };
            options.Column(1).Width = 6;
            options.Column(2).Width = 36;
            for (var i = 3; i <= 13; i++) options.Column(i).Width = 13;
            await book.StartWorksheetAsync("II.06a", options, ct);

            var border = new Border { Left = { BorderStyle = BorderStyle.Thin }, Right = { BorderStyle = BorderStyle.Thin }, Top = { BorderStyle = BorderStyle.Thin }, Bottom = { BorderStyle = BorderStyle.Thin } };
            var bold = book.AddStyle(new Style { Font = { Bold = true } });
            var title = book.AddStyle(new Style { Font = { Bold = true, Size = 14 }, Alignment = { Horizontal = HorizontalAlignment.Center } });
            var centred = book.AddStyle(new Style { Alignment = { Horizontal = HorizontalAlignment.Center } });
            var head = book.AddStyle(new Style
            {
                Font = { Bold = true },
                Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true },
                Border = border,
            });
            var body = book.AddStyle(new Style { Border = border });
            var number = book.AddStyle(new Style { Border = border, Format = NumberFormat.Standard(StandardNumberFormat.ThousandsSeparator) });
            var totalText = book.AddStyle(new Style { Border = border, Font = { Bold = true } });
            var totalNumber = book.AddStyle(new Style { Border = border, Font = { Bold = true }, Format = NumberFormat.Standard(StandardNumberFormat.ThousandsSeparator) });

            string T(string? s) => FormCanvas.Clean(s);
            await book.AddRowAsync([new StyledCell(T($"{d.Centre.ParentBody} - {d.Centre.CentreName}"), bold)], ct);
            await book.AddRowAsync([new StyledCell(Title, title)], ct);
            await book.AddRowAsync([new StyledCell(T(PeriodLine(d)), centred)], ct);
            book.MergeCells("A2:M2");
            book.MergeCells("A3:M3");
            await book.AddRowAsync([new StyledCell(FormNumber, centred)], ct);
            book.MergeCells("A4:M4");

            StyledCell H(string s) => new(s, head);
            await book.AddRowAsync([H("STT"), H("Lĩnh vực giải quyết"), H(ReceivedGroup), H(""), H(""), H(""), H(ResolvedGroup), H(""), H(""), H(""), H(InProgressGroup), H(""), H("")], ct);
            await book.AddRowAsync([H(""), H(""), .. Leaves.Select(H)], ct);
            book.MergeCells("A5:A6");
            book.MergeCells("B5:B6");
            book.MergeCells("C5:F5");
            book.MergeCells("G5:J5");
            book.MergeCells("K5:M5");
            await book.AddRowAsync(Enumerable.Range(1, 13).Select(i => new StyledCell($"({i})", centred)).ToArray(), ct);

            var n = 0;
            foreach (var r in d.Report.Rows)
            {
                n++;
                await book.AddRowAsync([new StyledCell(n, body), new StyledCell(T(r.FieldName), body), .. Numbers(r).Select(v => new StyledCell(v, number))], ct);
            }
            var total = d.Report.Total;
            await book.AddRowAsync([new StyledCell("", totalText), new StyledCell(total.FieldName, totalText), .. Numbers(total).Select(v => new StyledCell(v, totalNumber))], ct);
            await book.AddRowAsync([new StyledCell(T(IdentityLine(d.Report)), null)], ct);
            await book.FinishAsync(ct);
        }
        return ms.ToArray();
    }
}
