using PdfSharp.Drawing;

namespace OneStop.Core.Documents.Rendering;

internal sealed record Column(double Weight, Align Align = Align.Left);

/// <summary>A header cell on the header grid; spans let "Nhận và trả kết quả" sit over five columns.</summary>
internal sealed record HeaderCell(string Text, int Col, int ColSpan = 1, int Row = 0, int RowSpan = 1);

/// <summary>
/// A bordered table in the flow. Rows never split; a row that does not fit starts a new page,
/// where the header rows are drawn again.
/// </summary>
internal sealed class Table(IReadOnlyList<Column> columns, IReadOnlyList<HeaderCell> header)
{
    private readonly List<IReadOnlyList<IReadOnlyList<Run>>> _rows = [];

    public XFont? HeaderFont { get; init; }
    public XFont? BodyFont { get; init; }

    /// <summary>Cell padding on every side, in points.</summary>
    public double Pad { get; init; } = 2.5;

    /// <summary>Space after the table, in points.</summary>
    public double After { get; init; } = 4;

    public Table Row(params IReadOnlyList<Run>[] cells)
    {
        if (cells.Length != columns.Count) throw new ArgumentException("One cell per column.", nameof(cells));
        _rows.Add(cells);
        return this;
    }

    public Table Row(params string?[] cells) =>
        Row(cells.Select(c => (IReadOnlyList<Run>)[new Run(c ?? string.Empty, BodyFont!)]).ToArray());

    public void Draw(FormCanvas c)
    {
        var headerFont = HeaderFont ?? c.Fonts.Bold;
        var total = columns.Sum(col => col.Weight);
        var widths = columns.Select(col => c.Width * col.Weight / total).ToArray();
        var xs = new double[widths.Length + 1];
        xs[0] = c.Left;
        for (var i = 0; i < widths.Length; i++) xs[i + 1] = xs[i] + widths[i];

        var headerRows = header.Count == 0 ? 0 : header.Max(h => h.Row + h.RowSpan);
        var rowHeights = new double[headerRows];
        var headerLines = header.Select(h => c.Wrap([new Run(h.Text, headerFont)], xs[h.Col + h.ColSpan] - xs[h.Col] - 2 * Pad)).ToList();
        for (var i = 0; i < header.Count; i++)
            if (header[i].RowSpan == 1)
                rowHeights[header[i].Row] = Math.Max(rowHeights[header[i].Row], FormCanvas.HeightOf(headerLines[i]) + 2 * Pad);
        for (var i = 0; i < header.Count; i++)
        {
            var h = header[i];
            if (h.RowSpan == 1) continue;
            var need = FormCanvas.HeightOf(headerLines[i]) + 2 * Pad;
            var have = Enumerable.Range(h.Row, h.RowSpan).Sum(r => rowHeights[r]);
            if (need > have) rowHeights[h.Row + h.RowSpan - 1] += need - have;
        }
        var headerHeight = rowHeights.Sum();

        var pen = new XPen(XColors.Black, 0.5);

        void DrawHeader()
        {
            var top = c.Y;
            for (var i = 0; i < header.Count; i++)
            {
                var h = header[i];
                var y = top + rowHeights.Take(h.Row).Sum();
                var height = rowHeights.Skip(h.Row).Take(h.RowSpan).Sum();
                var x = xs[h.Col];
                var w = xs[h.Col + h.ColSpan] - x;
                c.G.DrawRectangle(pen, x, y, w, height);
                var textH = FormCanvas.HeightOf(headerLines[i]);
                c.DrawLines(headerLines[i], x + Pad, y + (height - textH) / 2, w - 2 * Pad, Align.Center);
            }
            c.Y = top + headerHeight;
        }

        var laidOut = _rows.Select(row => row.Select((cell, i) => c.Wrap(cell, widths[i] - 2 * Pad)).ToList()).ToList();
        var first = laidOut.Count > 0 ? laidOut[0].Max(FormCanvas.HeightOf) + 2 * Pad : 0;
        c.Ensure(headerHeight + first);
        DrawHeader();
        foreach (var row in laidOut)
        {
            var height = row.Max(FormCanvas.HeightOf) + 2 * Pad;
            if (c.Y + height > c.Bottom)
            {
                c.NewPage();
                DrawHeader();
            }
            for (var i = 0; i < row.Count; i++)
            {
                c.G.DrawRectangle(pen, xs[i], c.Y, widths[i], height);
                c.DrawLines(row[i], xs[i] + Pad, c.Y + Pad, widths[i] - 2 * Pad, columns[i].Align);
            }
            c.Y += height;
        }
        c.Y += After;
    }
}
