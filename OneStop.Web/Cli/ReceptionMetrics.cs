using Microsoft.EntityFrameworkCore;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;

namespace OneStop.Web.Cli;

/// <summary>What the counter waits for after pressing save: the dossier written, then its receipt rendered.</summary>
internal static class ReceptionMetrics
{
    public static async Task RunAsync(BenchHarness h, BenchWorld world)
    {
        var centre = new CentreService(world.Factory);
        var settings = await centre.GetAsync();

        // Receipts of real dossiers of the bench database (read once; the metric is the rendering).
        List<Dossier> dossiers;
        await using (var db = await world.Factory.CreateDbContextAsync())
        {
            var codes = world.SampleCodes.Take(200).ToList();
            dossiers = await db.Dossiers.AsNoTracking().Where(d => codes.Contains(d.Code)).ToListAsync();
        }
        if (dossiers.Count == 0) throw new InvalidOperationException("no dossier to print");
        var renderer = new PdfSharpDocumentRenderer();
        var bytes = 0;
        var receipt = await BenchHarness.TimeAsync(500, i =>
        {
            bytes = renderer.Receipt(DossierDocuments.Receipt(dossiers[i % dossiers.Count], settings)).Length;
            return Task.CompletedTask;
        }, warmup: 300); // a counter's server is warm after its first receipts: measure the steady state (tiered JIT done)
        h.Add("receipt_pdf", receipt, null, $"p50 ≤ 10 ms, p95 ≤ 25 ms ({bytes / 1024} KB)", 500);

        // Saves at the bench's "now", on a database that already holds N dossiers.
        var clock = new FixedClock(world.Now);
        var calendars = new CalendarService(world.Factory, new OneStop.Core.Centre.CentreOfficeHours(world.Factory), clock);
        var reception = new ReceptionService(world.Factory, calendars, centre, clock);
        var procedure = await new CatalogService(world.Factory).GetByCodeAsync("2.000815")
            ?? throw new InvalidOperationException("procedure 2.000815 missing from the catalogue");
        var checklist = procedure.Documents.Select(d => new ChecklistItem(d.Name, d.Form, d.Count, Provided: !d.Optional, d.Optional)).ToList();
        var officer = new Officer("tiepnhan", "Nguyễn Thị Tiếp Nhận", "CounterOfficer");
        var save = await BenchHarness.TimeAsync(200, async i =>
        {
            var r = await reception.ReceiveAsync(new ReceptionRequest
            {
                ProcedureId = procedure.Id,
                FullName = $"Nguyễn Văn Bench {(char)('A' + i % 26)}", // names are letters only
                IdNumber = "014190001234",
                Phone = "0912345678",
                Address = "Số 12 đường Lê Lợi, phường Hải Châu, thành phố Đà Nẵng",
                Checklist = checklist,
                Fee = new FeeRequest(3, 1),
            }, officer);
            if (!r.IsSuccess) throw new InvalidOperationException("reception failed: " + r.Error);
        });
        h.Add("reception_save", save, null, "p50 ≤ 30 ms (1 000 000 hồ sơ)", 200);
    }
}
