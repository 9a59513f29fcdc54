using System.Globalization;
using OneStop.Core.Common;
using OneStop.Core.Documents.Rendering;

namespace OneStop.Core.Documents.Forms;

/// <summary>One dossier on a batch hand-over list.</summary>
public sealed record HandOverListRow(string DossierCode, string ProcedureName, string ApplicantName, DateTimeOffset DueAt);

/// <summary>The list printed when a batch of dossiers is handed over by scanning their receipts.</summary>
public sealed record HandOverListData(
    CentreHeader Centre, string GiverName, string ReceiverName, DateTimeOffset At, IReadOnlyList<HandOverListRow> Rows, string? Note = null);

/// <summary>"Danh sách bàn giao hồ sơ": A4 table with both signatures.</summary>
public static class HandOverListForm
{
    public const string Title = "DANH SÁCH BÀN GIAO HỒ SƠ";

    /// <summary>The blank line under the receiver's signature for their handwritten name.</summary>
    public const string ReceiverNameLine = "………………………………………";

    public static byte[] Render(HandOverListData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var c = new FormCanvas(PageMetrics.A4, Title);
        var f = c.Fonts;
        c.NewPage();
        // A list, not a letter: no "Số: …" line.
        c.OfficialHeader(d.Centre, null, VnTime.DateOf(d.At), numberLine: "");
        c.Title(Title);
        c.Paragraph([new Run("Bên giao: ", f.Regular), new Run(d.GiverName, f.Bold)]);
        c.Paragraph([new Run("Bên nhận: ", f.Regular), new Run(d.ReceiverName, f.Bold)]);
        c.Paragraph([new Run("Thời điểm bàn giao: ", f.Regular), new Run(VnFormat.Spelled(d.At), f.Bold)]);
        if (!string.IsNullOrWhiteSpace(d.Note)) c.Field("Ghi chú", d.Note);
        c.Paragraph($"Số hồ sơ bàn giao: {d.Rows.Count.ToString(CultureInfo.InvariantCulture)}", f.Regular, after: 6);
        var table = new Table(
            // The code column is as wide as the longest code: a code is scanned and read back, it never wraps.
            [new Column(0.5, Align.Center), new Column(2.75), new Column(2.75), new Column(1.85), new Column(1.45, Align.Center)],
            [new HeaderCell("STT", 0), new HeaderCell("Mã hồ sơ", 1), new HeaderCell("Thủ tục", 2), new HeaderCell("Người nộp", 3), new HeaderCell("Hẹn trả", 4)])
        { BodyFont = f.Regular, HeaderFont = f.Bold };
        var n = 0;
        foreach (var r in d.Rows)
            table.Row([new Run((++n).ToString(CultureInfo.InvariantCulture), f.Regular)], [new Run(r.DossierCode, f.Small)],
                [new Run(r.ProcedureName, f.Regular)], [new Run(r.ApplicantName, f.Regular)], [new Run($"{VnFormat.Time(r.DueAt)}\n{VnFormat.Date(r.DueAt)}", f.Regular)]);
        table.Draw(c);
        c.Space(10);
        // The receiver writes their own name: a desk (Chuyên viên xử lý) is not a person, and whoever takes the pile signs.
        c.Signatures(new Signature("NGƯỜI GIAO", d.GiverName), new Signature("NGƯỜI NHẬN", ReceiverNameLine));
        return c.ToPdf();
    }
}
