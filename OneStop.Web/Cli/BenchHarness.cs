using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace OneStop.Web.Cli;

/// <summary>Times operations over many repetitions and reports p50/p95 in milliseconds.</summary>
internal sealed class BenchHarness
{
    public sealed record Metric(string Name, double P50, double P95, double? BaselineP50, string Target, int Runs);

    private readonly List<Metric> metrics = [];
    public IReadOnlyList<Metric> Metrics => metrics;

    public static async Task<(double P50, double P95)> TimeAsync(int runs, Func<int, Task> op, int warmup = 20)
    {
        for (var i = 0; i < warmup; i++) await op(i);
        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var t = Stopwatch.GetTimestamp();
            await op(i);
            samples[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
        Array.Sort(samples);
        return (Percentile(samples, 0.50), Percentile(samples, 0.95));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public void Add(string name, (double P50, double P95) t, double? baseline, string target, int runs)
    {
        metrics.Add(new Metric(name, t.P50, t.P95, baseline, target, runs));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-18} p50 {t.P50,9:0.0000} ms   p95 {t.P95,9:0.0000} ms   baseline {(baseline is { } b ? b.ToString("0.0000", CultureInfo.InvariantCulture) : "-"),9}   target {target}"));
    }

    public string Json(int dossiers)
    {
        var dict = metrics.ToDictionary(m => m.Name, m => new Dictionary<string, object?>
        {
            ["p50_ms"] = Math.Round(m.P50, 5),
            ["p95_ms"] = Math.Round(m.P95, 5),
            ["baseline_p50_ms"] = m.BaselineP50 is { } b ? Math.Round(b, 5) : null,
        });
        return JsonSerializer.Serialize(new { dossiers, metrics = dict });
    }
}
