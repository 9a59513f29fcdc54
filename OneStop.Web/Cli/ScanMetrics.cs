using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OneStop.Core.Centre;
using OneStop.Core.Dossiers;
using OneStop.Core.Scanning;
using OneStop.Web.Scanning;
using PdfSharp.Pdf;

namespace OneStop.Web.Cli;

/// <summary>Scanning at the counter: storing a 5 MB scan, and a scanner's file reaching the tray.</summary>
internal static class ScanMetrics
{
    public static async Task RunAsync(BenchHarness h, BenchWorld world, string dir)
    {
        var clock = new FixedClock(world.Now);
        var centre = new CentreService(world.Factory);
        var storage = new ScanStorage(Path.Combine(dir, "scans"));
        var scans = new ScanService(world.Factory, storage, centre, clock);
        var officer = new Officer("tiepnhan", "Nguyễn Thị Tiếp Nhận", "CounterOfficer");
        List<long> open;
        await using (var db = await world.Factory.CreateDbContextAsync())
            // The dossiers reception_save just received carry a checklist (the synthetic ones do not).
            open = (await db.Dossiers.AsNoTracking().Where(d => d.Status == DossierStatus.Received).OrderByDescending(d => d.Id).Take(400).ToListAsync())
                .Where(d => d.Checklist.Count > 0).Select(d => d.Id).ToList();
        if (open.Count == 0) throw new InvalidOperationException("no open dossier to attach to");

        // A 5 MB PDF; each run changes the binary comment on its second line, so every run stores a new file (no de-duplication).
        var pdf = FiveMegabytePdf();
        var mark = Array.IndexOf(pdf, (byte)'\n') + 2;
        if (pdf[mark - 1] != (byte)'%') throw new InvalidOperationException("unexpected PDF header");
        var bytes = 0L;
        var run = 0;
        var attach = await BenchHarness.TimeAsync(60, async _ =>
        {
            var i = run++;   // the warm-up runs reuse the indexes: count runs so no two store the same bytes
            var copy = (byte[])pdf.Clone();
            copy[mark] = (byte)(0x80 | (i & 0x7F));
            copy[mark + 1] = (byte)(0x80 | ((i >> 7) & 0x7F));
            var r = await scans.AttachAsync(open[i % open.Count], 0, new MemoryStream(copy), "ban-quet.pdf", officer);
            if (!r.IsSuccess) throw new InvalidOperationException("attach failed: " + r.Error);
            bytes = r.Value!.Size;
        }, warmup: 10);
        h.Add("attach_scan", attach, null, $"p50 ≤ 60 ms ({bytes / 1024 / 1024} MB PDF: hash, write, flush, row)", 60);

        // Where attach_scan's time went before: counting the pages. The page tree read beside PDFsharp opening the same file.
        var sample = Path.Combine(dir, "sample-5mb.pdf");
        await File.WriteAllBytesAsync(sample, pdf);
        var pdfsharp = await BenchHarness.TimeAsync(20, _ =>
        {
            using var doc = PdfSharp.Pdf.IO.PdfReader.Open(sample, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
            return doc.PageCount == 1 ? Task.CompletedTask : throw new InvalidOperationException("page count");
        }, warmup: 3);
        var pages = await BenchHarness.TimeAsync(200, _ =>
            ScanContent.Inspect(sample).Value?.Pages == 1 ? Task.CompletedTask : throw new InvalidOperationException("page count"), warmup: 10);
        h.Add("scan_pdf_pages", pages, pdfsharp.P50, "sniff + page count of the 5 MB PDF (baseline: PDFsharp opening it)", 200);

        // The rest of attach_scan: hashing (CPU) and writing + flushing to disk (the machine's disk), each on its own.
        var hash = await BenchHarness.TimeAsync(20, _ =>
            System.Security.Cryptography.SHA256.HashData(pdf).Length == 32 ? Task.CompletedTask : throw new InvalidOperationException("hash"), warmup: 3);
        h.Add("attach_scan_hash", hash, null, "SHA-256 of the 5 MB PDF in memory (part of attach_scan)", 20);
        var stage = await BenchHarness.TimeAsync(20, async i =>
        {
            var staged = await storage.StageAsync(new MemoryStream(pdf), long.MaxValue);
            storage.Discard(staged!);
        }, warmup: 3);
        h.Add("attach_scan_stage", stage, null, "stream to scans/tmp while hashing + fsync, no row (part of attach_scan)", 20);

        // The real monitor (watcher + rescan) on a counter's folder, on the wall clock.
        var trays = new ScanTrays(world.Factory, scans, new ScanTrayOptions { InboxRoot = Path.Combine(dir, "scan-inbox") }, TimeProvider.System);
        var folder = await trays.FolderOfAsync("tiepnhan");
        using var monitor = new ScanTrayMonitor(trays, scans, new OneStop.Web.Hosting.DatabaseState(), NullLogger<ScanTrayMonitor>.Instance);
        await monitor.StartAsync(CancellationToken.None);
        var small = BenchPdf(1, 0);
        var pickup = await BenchHarness.TimeAsync(8, async i =>
        {
            var name = $"scan{i:0000}.pdf";
            var sw = Stopwatch.StartNew();
            await File.WriteAllBytesAsync(Path.Combine(folder, name), small);
            while (!(await trays.ListAsync("tiepnhan")).Any(f => f.Name == name))
            {
                if (sw.Elapsed > TimeSpan.FromSeconds(30)) throw new InvalidOperationException("tray never showed " + name);
                await Task.Delay(10);
            }
        }, warmup: 1);
        await monitor.StopAsync(CancellationToken.None);
        h.Add("scan_tray_pickup", pickup, null, "p50 ≤ 1 500 ms (file closed → in the tray)", 8);
    }

    /// <summary>Like a scanner's PDF: one page whose 5 MB are stream data (a scanned image is one big stream), not parsed objects.</summary>
    private static byte[] FiveMegabytePdf()
    {
        using var doc = new PdfDocument();
        doc.Options.CompressContentStreams = false;
        var page = doc.AddPage();
        var data = new byte[5 * 1024 * 1024];
        new Random(7).NextBytes(data);
        var image = new PdfDictionary(doc);
        image.Elements["/Type"] = new PdfName("/XObject");
        image.Elements["/Subtype"] = new PdfName("/Image");
        image.Elements["/Width"] = new PdfInteger(1024);
        image.Elements["/Height"] = new PdfInteger(1706);
        image.Elements["/ColorSpace"] = new PdfName("/DeviceRGB");
        image.Elements["/BitsPerComponent"] = new PdfInteger(8);
        image.CreateStream(data);
        doc.Internals.AddObject(image);
        ((PdfDictionary)page.Resources.Elements.GetValue("/XObject", VCF.Create)!).Elements["/Im0"] = image.Reference;
        page.Contents.CreateSingleContent().Stream.Value = "q 595 0 0 842 0 0 cm /Im0 Do Q"u8.ToArray();
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }

    private static byte[] BenchPdf(int pages, int pad)
    {
        using var doc = new PdfDocument();
        for (var i = 0; i < pages; i++) doc.AddPage();
        if (pad > 0) doc.Info.Subject = new string('x', pad);
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }
}
