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

    public static byte[] Render(HandOverListData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        using var c = new FormCanvas(PageMetrics.A4, Title);
        var f = c.Fonts;
        c.NewPage();
        c.OfficialHeader(d.Centre, null, VnTime.DateOf(d.At));
        c.Title(Title);
        c.Paragraph([new Run("Bên giao: ", f.Regular), new Run(d.GiverName, f.Bold), new Run("    Bên nhận: ", f.Regular), new Run(d.ReceiverName, f.Bold)]);
        c.Paragraph([new Run("Thời điểm bàn giao: ", f.Regular), new Run(VnFormat.Spelled(d.At), f.Bold)]);
        if (!string.IsNullOrWhiteSpace(d.Note)) c.Field("Ghi chú", d.Note);
        c.Paragraph($"Số hồ sơ bàn giao: {d.Rows.Count.ToString(CultureInfo.InvariantCulture)}", f.Regular, after: 6);
        var table = new Table(
            [new Column(0.5, Align.Center), new Column(2.2), new Column(3.2), new Column(2.0), new Column(1.3, Align.Center)],
            [new HeaderCell("STT", 0), new HeaderCell("Mã hồ sơ", 1), new HeaderCell("Thủ tục", 2), new HeaderCell("Người nộp", 3), new HeaderCell("Hẹn trả", 4)])
        { BodyFont = f.Regular, HeaderFont = f.Bold };
        var n = 0;
        foreach (var r in d.Rows)
            table.Row([(++n).ToString(CultureInfo.InvariantCulture), r.DossierCode, r.ProcedureName, r.ApplicantName, $"{VnFormat.Time(r.DueAt)}\n{VnFormat.Date(r.DueAt)}"]);
        table.Draw(c);
        c.Space(10);
        c.Signatures(new Signature("NGƯỜI GIAO", d.GiverName), new Signature("NGƯỜI NHẬN", d.ReceiverName));
        return c.ToPdf();
    }
}
