using System.Globalization;
using OneStop.Core.Common;
using OneStop.Core.Documents.Rendering;
using PdfSharp.Drawing;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace OneStop.Core.Documents.Forms;

/// <summary>Mẫu 07 – Sổ theo dõi hồ sơ: an A4 landscape table, and the same register as XLSX.</summary>
public static class RegisterForm
{
    public const string Title = "SỔ THEO DÕI HỒ SƠ";

    private static readonly string[] Columns =
    [
        "STT", "Mã hồ sơ", "Tên TTHC", "Tên tổ chức/cá nhân", "Địa chỉ/Số điện thoại", "Cơ quan chủ trì giải quyết",
        "Nhận hồ sơ", "Hẹn trả kết quả", "Trả kết quả", "Phương thức nhận kết quả", "Ký nhận",
    ];
    private const string ReceiveAndReturn = "Nhận và trả kết quả";

    public static string Period(RegisterData d) => $"Từ ngày {VnFormat.Date(d.From)} đến ngày {VnFormat.Date(d.To)}";

    public static byte[] Render(RegisterData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var c = new FormCanvas(PageMetrics.A4Landscape, $"{Title} - {d.FieldName}");
        var f = c.Fonts;
        c.NewPage();
        c.OfficialHeader(d.Centre, d.BookNumber is null ? null : $"Quyển {d.BookNumber}", d.IssuedOn, leftShare: 0.45);
        c.Title(Title);
        c.Paragraph([new Run("Lĩnh vực: ", f.Regular), new Run(d.FieldName, f.Bold)], Align.Center);
        c.Paragraph(Period(d), f.Italic, Align.Center, after: 6);

        HeaderCell[] header =
        [
            .. Columns[..6].Select((name, i) => new HeaderCell(name, i, RowSpan: 2)),
            new HeaderCell(ReceiveAndReturn, 6, ColSpan: 5),
            .. Columns[6..].Select((name, i) => new HeaderCell(name, 6 + i, Row: 1)),
        ];
        var table = new Table(
            [new Column(0.55, Align.Center), new Column(2.4), new Column(2.4), new Column(1.7), new Column(1.8), new Column(1.7),
             new Column(1.15, Align.Center), new Column(1.15, Align.Center), new Column(1.15, Align.Center), new Column(1.3), new Column(1.1)],
            header)
        { BodyFont = f.Regular, HeaderFont = f.Bold };
        var n = 0;
        foreach (var r in d.Rows)
        {
            n++;
            table.Row(Cells(r, n));
        }
        if (n == 0) table.Row(Enumerable.Repeat(string.Empty, Columns.Length).ToArray());
        table.Draw(c);

        // Page numbers go on last, once the page count is known.
        var pageFont = f.Small;
        c.Overlay((g, page, pages, width, height) =>
            g.DrawString($"Trang {page}/{pages}", pageFont, XBrushes.Black,
                new XRect(0, height - c.Metrics.MarginBottom + 6, width, 12), XStringFormats.TopCenter));
        return c.ToPdf();
    }

    private static string?[] Cells(RegisterRow r, int n) =>
    [
        (r.RegisterLine ?? n).ToString(CultureInfo.InvariantCulture),
        r.DossierCode,
        r.ProcedureName,
        r.ApplicantName,
        string.Join("\n", new[] { r.Address, r.Phone }.Where(s => !string.IsNullOrWhiteSpace(s))),
        r.HandlingBody,
        Stamp(r.ReceivedAt),
        Stamp(r.DueAt),
        r.ReturnedAt is { } t ? Stamp(t) : string.Empty,
        r.DeliveryMethod,
        r.SignedBy,
    ];

    private static string Stamp(DateTimeOffset t) => $"{VnFormat.Time(t)}\n{VnFormat.Date(t)}";

    /// <summary>The same register as an XLSX workbook (one sheet, two header rows, frozen header).</summary>
    public static async Task<byte[]> RenderXlsxAsync(RegisterData d, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var ms = new MemoryStream();
        await using (var book = await Spreadsheet.CreateNewAsync(ms, cancellationToken: ct))
        {
            var options = new WorksheetOptions { FrozenRows = 6 };
            double[] widths = [6, 24, 40, 24, 30, 24, 16, 16, 16, 18, 14];
            for (var i = 0; i < widths.Length; i++) options.Column(i + 1).Width = widths[i];
            await book.StartWorksheetAsync("Sổ theo dõi", options, ct);

            var bold = book.AddStyle(new Style { Font = { Bold = true } });
            var title = book.AddStyle(new Style { Font = { Bold = true, Size = 14 }, Alignment = { Horizontal = HorizontalAlignment.Center } });
            var centred = book.AddStyle(new Style { Alignment = { Horizontal = HorizontalAlignment.Center } });
            var head = book.AddStyle(new Style
            {
                Font = { Bold = true },
                Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true },
                Border = new Border { Left = { BorderStyle = BorderStyle.Thin }, Right = { BorderStyle = BorderStyle.Thin }, Top = { BorderStyle = BorderStyle.Thin }, Bottom = { BorderStyle = BorderStyle.Thin } },
            });
            var body = book.AddStyle(new Style
            {
                Alignment = { Vertical = VerticalAlignment.Top, WrapText = true },
                Border = new Border { Left = { BorderStyle = BorderStyle.Thin }, Right = { BorderStyle = BorderStyle.Thin }, Top = { BorderStyle = BorderStyle.Thin }, Bottom = { BorderStyle = BorderStyle.Thin } },
            });

            string N(string? s) => FormCanvas.Clean(s);
            await book.AddRowAsync([new StyledCell(N($"{d.Centre.ParentBody} - {d.Centre.CentreName}"), bold)], ct);
            await book.AddRowAsync([new StyledCell(Title, title)], ct);
            await book.AddRowAsync([new StyledCell(N($"Lĩnh vực: {d.FieldName}"), centred)], ct);
            await book.AddRowAsync([new StyledCell(Period(d), centred)], ct);
            book.MergeCells("A2:K2");
            book.MergeCells("A3:K3");
            book.MergeCells("A4:K4");

            var row5 = Columns.Select((name, i) => new StyledCell(i < 6 ? name : i == 6 ? ReceiveAndReturn : string.Empty, head)).ToArray();
            var row6 = Columns.Select((name, i) => new StyledCell(i < 6 ? string.Empty : name, head)).ToArray();
            await book.AddRowAsync(row5, ct);
            await book.AddRowAsync(row6, ct);
            foreach (var col in "ABCDEF") book.MergeCells($"{col}5:{col}6");
            book.MergeCells("G5:K5");

            var n = 0;
            foreach (var r in d.Rows)
            {
                n++;
                await book.AddRowAsync(Cells(r, n).Select(v => new StyledCell(N(v), body)).ToArray(), ct);
            }
            await book.FinishAsync(ct);
        }
        return ms.ToArray();
    }
}
