using System.IO.Compression;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Reports;
using OneStop.Tests.Documents;
using OneStop.Tests.TestSupport;
using OneStop.Web.Cli;

namespace OneStop.Tests.Reports;

public sealed class ResolutionReportDocumentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 16, 0, 0, VnTime.Offset);

    private static async Task<SqliteTestDatabase> WorldAsync(int count, int seed, int days = 240)
    {
        var db = new SqliteTestDatabase();
        await new CatalogService(db).SeedDemoAsync();
        await using var ctx = db.CreateDbContext();
        var procs = await ctx.Procedures.AsNoTracking().ToListAsync();
        var refs = procs.Select(p => new SyntheticDossiers.ProcedureRef(p.Id, p.Code, p.Name, p.FieldCode, p.Deadline)).ToList();
        var cal = OneStop.Core.Calendar.WorkingCalendar.FromOfficial();
        await SyntheticDossiers.InsertAsync((SqliteConnection)ctx.Database.GetDbConnection(), "H48.26.10", refs, cal.DueAt, count, days, Now, seed, "tiepnhan");
        return db;
    }

    private static ResolutionReportDocuments Documents(SqliteTestDatabase db) =>
        new(new ResolutionReportService(db), new CentreService(db), new FixedClock(Now));

    [Theory]
    [InlineData(1, "Q3-2026")]  // a closed quarter: everything in it has ended or is overdue
    [InlineData(2, "Q4-2026")]  // the running quarter: most dossiers still within deadline
    [InlineData(3, "N-2026")]   // a year: carried over from before the data starts is zero
    [InlineData(4, "6T-2026")]  // six months across the year end
    public async Task EveryIdentityHoldsOnGeneratedData(int seed, string key)
    {
        using var db = await WorldAsync(2500, seed);
        Assert.True(ReportPeriod.TryParse(key, out var period));
        var r = await new ResolutionReportService(db).BuildAsync(period.From, period.To);

        Assert.True(r.IsSuccess, r.Error);
        Assert.Equal(5, r.Value!.Identities.Count);
        Assert.All(r.Value.Identities, i => Assert.True(i.Holds, i.Formula));
        Assert.True(r.Value.Total.Received > 0);
    }

    [Theory]
    [InlineData("Q3-2026", "Q4-2026")]                      // two named quarters cut on the 14th
    [InlineData("2026-10-01:2026-10-31", "2026-11-01:2026-11-20")] // two custom months
    public async Task CarriedOverEqualsThePreviousPeriodsInProgressInEveryField(string first, string second)
    {
        using var db = await WorldAsync(3000, seed: 7);
        var service = new ResolutionReportService(db);
        var a = (await service.BuildAsync(From(first), To(first))).Value!;
        var b = (await service.BuildAsync(From(second), To(second))).Value!;
        Assert.Equal(To(first).AddDays(1), From(second));

        Assert.True(b.Total.CarriedOver > 0);
        Assert.Equal(a.Total.InProgress, b.Total.CarriedOver);
        foreach (var row in a.Rows)
            Assert.Equal(row.InProgress, b.Rows.FirstOrDefault(x => x.FieldCode == row.FieldCode)?.CarriedOver ?? 0);
    }

    private static DateOnly From(string p) => ReportPeriod.TryParse(p, out var named) ? named.From : DateOnly.Parse(p.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
    private static DateOnly To(string p) => ReportPeriod.TryParse(p, out var named) ? named.To : DateOnly.Parse(p.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task ThePdfHasTheOfficialHeaderThePeriodTheTotalRowAndTheSigners()
    {
        using var db = await WorldAsync(1500, seed: 11);
        var data = (await Documents(db).BuildAsync("Q4-2026", null, null, "Nguyễn Thị Giám Sát")).Value!;
        using var tools = new PdfTools();
        var pdf = tools.Save(new PdfSharpDocumentRenderer().ResolutionReport(data), "ii06a.pdf");
        var text = tools.FlatText(pdf);

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains(new CentreSettings().CentreName.ToUpper(VnTime.Culture), text, StringComparison.Ordinal);
        Assert.Contains("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", text, StringComparison.Ordinal);
        Assert.Contains("Quý IV năm 2026 (từ ngày 15/09/2026 đến ngày 14/12/2026)", text, StringComparison.Ordinal);
        Assert.Contains("ngày 20 tháng 11 năm 2026", text, StringComparison.Ordinal);
        var t = data.Report.Total;
        Assert.Contains($"Tổng cộng {string.Join(' ', ResolutionReportFormNumbers(t))}", text, StringComparison.Ordinal);
        foreach (var row in data.Report.Rows) Assert.Contains(row.FieldName, text, StringComparison.Ordinal);
        Assert.Contains("(3) = (7) + (11): đúng", text, StringComparison.Ordinal);
        Assert.Contains("NGƯỜI LẬP BIỂU", text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Giám Sát", text, StringComparison.Ordinal);
        var (width, height, _) = tools.Info(pdf);
        Assert.True(width > height, "A4 landscape");
    }

    private static IEnumerable<string> ResolutionReportFormNumbers(ResolutionRow r) =>
        OneStop.Core.Documents.Forms.ResolutionReportForm.Numbers(r).Select(n => n.ToString("#,0", VnTime.Culture));

    [Fact]
    public async Task TheSpreadsheetHoldsTheFiguresAsNumbers()
    {
        using var db = await WorldAsync(1500, seed: 12);
        var data = (await Documents(db).BuildAsync(ReportPeriod.Quarter(2026, 4), null)).Value!;
        var xlsx = await new PdfSharpDocumentRenderer().ResolutionReportXlsxAsync(data);

        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var sheetEntry = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var stream = sheetEntry.Open();
        var rows = XDocument.Load(stream).Descendants(ns + "row").ToList();
        string CellText(XElement c) => (string?)c.Attribute("t") == "inlineStr" ? string.Concat(c.Descendants(ns + "t").Select(x => x.Value)) : c.Element(ns + "v")?.Value ?? "";
        var totalRow = rows.Single(r => r.Elements(ns + "c").Skip(1).FirstOrDefault() is { } c && CellText(c) == "Tổng cộng");
        var figures = totalRow.Elements(ns + "c").Skip(2).ToList();

        Assert.Equal(11, figures.Count);
        Assert.All(figures, c => Assert.True(c.Attribute("t") is null || (string?)c.Attribute("t") == "n", c.ToString()));
        Assert.Equal(OneStop.Core.Documents.Forms.ResolutionReportForm.Numbers(data.Report.Total),
            figures.Select(c => int.Parse(c.Element(ns + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(data.Report.Rows.Count + 1, rows.Count(r => r.Elements(ns + "c").Skip(2).FirstOrDefault()?.Attribute("t") is null
            && r.Elements(ns + "c").Count() == 13));
    }

    [Theory]
    [InlineData("Q5-2026", null, null, "Kỳ báo cáo (ky) không hợp lệ, cần dạng Q1-2026, 6T-2026 hoặc N-2026.")] // no fifth quarter
    [InlineData(null, "2026-13-01", "2026-12-01", "Ngày bắt đầu (tu) không hợp lệ, cần dạng yyyy-MM-dd.")]       // month 13
    [InlineData(null, "2026-11-30", "2026-11-01", "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.")]           // reversed range
    public async Task ABadPeriodIsRefusedWithTheReason(string? key, string? from, string? to, string message)
    {
        using var db = new SqliteTestDatabase();
        var r = await Documents(db).BuildAsync(key, from, to, null);
        Assert.False(r.IsSuccess);
        Assert.Equal(message, r.Error);
    }
}
