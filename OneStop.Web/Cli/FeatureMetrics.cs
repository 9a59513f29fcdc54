using System.Diagnostics;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;

namespace OneStop.Web.Cli;

/// <summary>Metrics of the features beyond dossier lookups: catalogue search, deadline computation.</summary>
internal static class FeatureMetrics
{
    public static async Task RunAsync(BenchHarness h, BenchWorld world)
    {
        var catalog = new CatalogService(world.Factory);
        string[] queries = ["chung thuc", "khai sinh", "Chứng thực bản sao", "2.000815", "ket hon", "trich luc ho tich", "xac nhan"];
        var search = await BenchHarness.TimeAsync(1000, async i =>
        {
            if ((await catalog.SearchAsync(queries[i % queries.Length])).Count == 0 && i % queries.Length < 2)
                throw new InvalidOperationException("catalogue search found nothing");
        });
        h.Add("catalogue_search", search, null, "p50 ≤ 20 ms", 1000);

        // One million due instants; the mean per computation is reported as p50 (and p95 of 10 batches).
        var batches = new double[10];
        for (var b = 0; b < batches.Length; b++)
            batches[b] = CalendarBenchmarks.MeasureDueCalcMeanMs(world.Seeded.Calendar, 100_000, seed: 7 + b);
        Array.Sort(batches);
        h.Add("due_calc", (batches.Average(), batches[^1]), null, "mean ≤ 0.001 ms (10 × 100 000)", 1_000_000);
    }
}
