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

    public const string NoDossiers = "Không có hồ sơ";

    /// <summary>"Quyển số: 2026" under the centre's name: the book the receipts' "Số thứ tự" refer to.</summary>
    public static string BookLine(RegisterData d) => "Quyển số: " + (string.IsNullOrWhiteSpace(d.BookNumber) ? "……" : d.BookNumber);

    public static string Period(RegisterData d) => $"Từ ngày {VnFormat.Date(d.From)} đến ngày {VnFormat.Date(d.To)}";

    public static byte[] Render(RegisterData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var c = new FormCanvas(PageMetrics.A4Landscape, $"{Title} - {d.FieldName}");
        var f = c.Fonts;
        c.NewPage();
        c.OfficialHeader(d.Centre, null, d.IssuedOn, leftShare: 0.45, numberLine: BookLine(d));
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
            // The method column stays narrow (a postal address goes under it on its own line); Ký nhận has room for a name and a CCCD.
            [new Column(0.55, Align.Center), new Column(2.4), new Column(2.1), new Column(1.6), new Column(1.8), new Column(1.5),
             new Column(1.1, Align.Center), new Column(1.1, Align.Center), new Column(1.3, Align.Center), new Column(1.2), new Column(1.75)],
            header)
        { BodyFont = f.Regular, HeaderFont = f.Bold };
        var n = 0;
        foreach (var r in d.Rows)
        {
            n++;
            table.Row(Cells(r, n));
        }
        table.Draw(c);
        if (n == 0) c.Paragraph(NoDossiers, f.Italic, Align.Center, after: 4);

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
        r.Closing is { } closing ? closing + (r.ClosedAt is { } ca ? "\n" + Stamp(ca) : "")
            : r.ReturnedAt is { } t ? Stamp(t) : string.Empty,
        r.DeliveryMethod,
        r.SignedBy,
    ];

    private static string Stamp(DateTimeOffset t) => $"{VnFormat.Time(t)}\n{VnFormat.Date(t)}";

    /// <summary>
    /// The same register as an XLSX workbook: one sheet, two header rows frozen and repeated on every printed page, an
    /// autofilter, STT as a number, times as Excel dates with a format, A4 landscape.
    /// </summary>
    public static async Task<byte[]> RenderXlsxAsync(RegisterData d, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var ms = new MemoryStream();
        await using (var book = await Spreadsheet.CreateNewAsync(ms, cancellationToken: ct))
        {
            var options = new WorksheetOptions { FrozenRows = HeaderRows };
            double[] widths = [6, 24, 40, 24, 30, 24, 16, 16, 20, 18, 22];
            for (var i = 0; i < widths.Length; i++) options.Column(i + 1).Width = widths[i];
            options.AutoFilter = new AutoFilterOptions($"A{HeaderRows}:K{HeaderRows + Math.Max(1, d.Rows.Count)}");
            await book.StartWorksheetAsync(SheetName, options, ct);

            var bold = book.AddStyle(new Style { Font = { Bold = true } });
            var title = book.AddStyle(new Style { Font = { Bold = true, Size = 14 }, Alignment = { Horizontal = HorizontalAlignment.Center } });
            var centred = book.AddStyle(new Style { Alignment = { Horizontal = HorizontalAlignment.Center } });
            var border = new Border { Left = { BorderStyle = BorderStyle.Thin }, Right = { BorderStyle = BorderStyle.Thin }, Top = { BorderStyle = BorderStyle.Thin }, Bottom = { BorderStyle = BorderStyle.Thin } };
            var head = book.AddStyle(new Style
            {
                Font = { Bold = true },
                Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true },
                Border = border,
            });
            var body = book.AddStyle(new Style { Alignment = { Vertical = VerticalAlignment.Top, WrapText = true }, Border = border });
            var number = book.AddStyle(new Style { Alignment = { Vertical = VerticalAlignment.Top, Horizontal = HorizontalAlignment.Center }, Border = border });
            var when = book.AddStyle(new Style
            {
                Alignment = { Vertical = VerticalAlignment.Top, Horizontal = HorizontalAlignment.Center },
                Border = border,
                Format = NumberFormat.Custom(DateFormat),
            });

            string N(string? s) => FormCanvas.Clean(s);
            Cell Text(string? v) => new(N(v), body);
            Cell Time(DateTimeOffset? t) => t is { } v ? new Cell(VnTime.ToVn(v).DateTime, when) : new Cell(string.Empty, body);
            await book.AddRowAsync([new StyledCell(N($"{d.Centre.ParentBody} - {d.Centre.CentreName}"), bold)], ct);
            await book.AddRowAsync([new StyledCell(Title, title)], ct);
            await book.AddRowAsync([new StyledCell(N($"Lĩnh vực: {d.FieldName}  -  {BookLine(d)}"), centred)], ct);
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
                var cells = Cells(r, n);
                await book.AddRowAsync(
                [
                    new Cell(r.RegisterLine ?? n, number), Text(cells[1]), Text(cells[2]), Text(cells[3]), Text(cells[4]), Text(cells[5]),
                    Time(r.ReceivedAt), Time(r.DueAt),
                    r.Closing is not null ? Text(cells[8]) : Time(r.ReturnedAt),
                    Text(cells[9]), Text(cells[10]),
                ], ct);
            }
            if (n == 0)
            {
                await book.AddRowAsync([new StyledCell(NoDossiers, centred)], ct);
                book.MergeCells($"A{HeaderRows + 1}:K{HeaderRows + 1}");
            }
            await book.FinishAsync(ct);
        }
        return XlsxPrintSetup.Landscape(ms.ToArray(), SheetName, HeaderRows - 1, HeaderRows);
    }

    private const string SheetName = "Sổ theo dõi";
    private const int HeaderRows = 6;

    /// <summary>The Excel number format of the register's times (Viet Nam time).</summary>
    public const string DateFormat = "dd/mm/yyyy hh:mm";
}
