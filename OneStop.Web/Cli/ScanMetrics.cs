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
            open = await db.Dossiers.AsNoTracking().Where(d => d.Status == DossierStatus.Received).OrderBy(d => d.Id).Select(d => d.Id).Take(400).ToListAsync();
        if (open.Count == 0) throw new InvalidOperationException("no open dossier to attach to");

        // A 5 MB PDF; each run changes the binary comment on its second line, so every run stores a new file (no de-duplication).
        var pdf = FiveMegabytePdf();
        var mark = Array.IndexOf(pdf, (byte)'\n') + 2;
        if (pdf[mark - 1] != (byte)'%') throw new InvalidOperationException("unexpected PDF header");
        var bytes = 0L;
        var attach = await BenchHarness.TimeAsync(60, async i =>
        {
            var copy = (byte[])pdf.Clone();
            copy[mark] = (byte)(0x80 | (i & 0x7F));
            copy[mark + 1] = (byte)(0x80 | ((i >> 7) & 0x7F));
            var r = await scans.AttachAsync(open[i % open.Count], 0, new MemoryStream(copy), "ban-quet.pdf", officer);
            if (!r.IsSuccess) throw new InvalidOperationException("attach failed: " + r.Error);
            bytes = r.Value!.Size;
        }, warmup: 10);
        h.Add("attach_scan", attach, null, $"p50 ≤ 60 ms ({bytes / 1024 / 1024} MB PDF: hash, write, flush, row)", 60);

        // The real monitor (watcher + rescan) on a counter's folder, on the wall clock.
        var trays = new ScanTrays(world.Factory, scans, new ScanTrayOptions { InboxRoot = Path.Combine(dir, "scan-inbox") }, TimeProvider.System);
        var folder = await trays.FolderOfAsync("tiepnhan");
        using var monitor = new ScanTrayMonitor(trays, scans, NullLogger<ScanTrayMonitor>.Instance);
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

    private static byte[] FiveMegabytePdf()
    {
        var bare = BenchPdf(1, 0).Length;
        var perChar = (BenchPdf(1, 10_000).Length - bare) / 10_000.0;
        return BenchPdf(1, (int)((5 * 1024 * 1024 - bare) / perChar));
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
