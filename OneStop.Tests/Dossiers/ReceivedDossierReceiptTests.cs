using Microsoft.EntityFrameworkCore;
using OneStop.Core.Catalog;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;
using OneStop.Tests.Documents;

namespace OneStop.Tests.Dossiers;

/// <summary>
/// The receipt (Mẫu 01) printed from a dossier the reception service saved: text and printed codes checked on the PDF.
/// The first page of each is also kept in /tmp/onestop-receipts/ for a person to look at.
/// </summary>
public sealed class ReceivedDossierReceiptTests : IDisposable
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);
    private const string Gallery = "/tmp/onestop-receipts";
    private readonly PdfTools tools = new();

    public void Dispose() => tools.Dispose();

    [Theory]
    // Chứng thực bản sao: fee in tiers by page, same-day deadline with the 15:00 cut-off.
    [InlineData("2.000815", 12, 2, "Nguyễn Thị Ánh Tuyết")]
    // Đăng ký kết hôn: 5 working days, on behalf of nobody, two applicants' papers.
    [InlineData("1.000894", 1, 1, "Trần Quốc Hưng")]
    // Trích lục hộ tịch: fee per copy.
    [InlineData("2.000635", 1, 3, "Lê Thị Thu Hằng")]
    public async Task ReceiptOfASavedDossierCarriesItsCodeApplicantProcedureAndBothCopies(string procedureCode, int units, int copies, string applicant)
    {
        await using var w = await ReceptionWorld.CreateAsync(Morning);
        var p = await w.ProcedureAsync(procedureCode);
        var r = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p, name: applicant) with { Fee = new FeeRequest(units, copies) },
            ReceptionWorld.Officer);
        Assert.True(r.IsSuccess, r.Error + " " + string.Join("; ", r.FieldErrors.Select(kv => $"{kv.Key}: {kv.Value}")));
        Dossier dossier;
        await using (var db = await w.Factory.CreateDbContextAsync())
            dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == r.Value!.Id);
        var centre = await w.Centre.GetAsync();

        var bytes = new PdfSharpDocumentRenderer().Receipt(DossierDocuments.Receipt(dossier, centre));
        var pdf = tools.Save(bytes, $"receipt-{procedureCode}.pdf");

        var text = tools.FlatText(pdf);
        Assert.Contains(dossier.Code, text, StringComparison.Ordinal);
        Assert.Contains(applicant, text, StringComparison.Ordinal);
        Assert.Contains(Flat(p.Name), text, StringComparison.Ordinal);
        Assert.Contains("Liên 1", text, StringComparison.Ordinal);
        Assert.Contains("Liên 2", text, StringComparison.Ordinal);
        Assert.Contains(Flat(VnFormat.Spelled(dossier.DueAt)), text, StringComparison.Ordinal);
        if (dossier.FeeTotal > 0) Assert.Contains(VnFormat.Money(dossier.FeeTotal), text, StringComparison.Ordinal);

        var png = tools.RenderPage(pdf);
        var symbols = tools.Decode(png);
        Assert.Contains($"QR-Code:{dossier.Code}", symbols);
        Assert.Contains($"CODE-128:{dossier.Code}", symbols);

        Directory.CreateDirectory(Gallery);
        File.Copy(png, Path.Combine(Gallery, $"receipt-{procedureCode}.png"), overwrite: true);
        File.Copy(pdf, Path.Combine(Gallery, $"receipt-{procedureCode}.pdf"), overwrite: true);
    }

    [Fact]
    public async Task ReceiptPrintsTheCentresCutOffNotAConstant()
    {
        await using var w = await ReceptionWorld.CreateAsync(Morning);
        var settings = await w.Centre.GetAsync();
        settings.SameDayCutoff = new TimeOnly(16, 0);
        Assert.True((await w.Centre.SaveAsync(settings)).IsSuccess);
        w.Calendars.Invalidate();
        // Wednesday 25/11/2026 15:30: after 15:00 but before the centre's 16:00, so due the same evening.
        w.Clock.Now = VnTime.At(new DateOnly(2026, 11, 25), new TimeOnly(15, 30));
        // Chứng thực bản sao, same day; the sample gives it a 15:00 of its own, cleared so that the centre's applies.
        await w.ExecuteAsync("UPDATE Procedures SET DeadlineCutoff = NULL WHERE Code = '2.000815'");
        var p = await w.ProcedureAsync("2.000815");
        Assert.Null(p.Deadline.Cutoff);

        var r = await w.Reception.ReceiveAsync(ReceptionWorld.Request(p) with { Fee = new FeeRequest(1, 1) }, ReceptionWorld.Officer);
        Assert.True(r.IsSuccess, r.Error + " " + string.Join("; ", r.FieldErrors.Select(kv => $"{kv.Key}: {kv.Value}")));
        Dossier dossier;
        await using (var db = await w.Factory.CreateDbContextAsync())
            dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == r.Value!.Id);
        var text = tools.FlatText(tools.Save(new PdfSharpDocumentRenderer().Receipt(DossierDocuments.Receipt(dossier, await w.Centre.GetAsync())),
            "receipt-cutoff-16.pdf"));

        Assert.Equal(VnTime.At(new DateOnly(2026, 11, 25), new TimeOnly(17, 30)), dossier.DueAt);
        Assert.Contains("Trong ngày (nhận trước 16:00)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("15:00", text, StringComparison.Ordinal);
    }

    // pdftotext may wrap a long procedure name; FlatText joins the lines with one space.
    private static string Flat(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
