using OneStop.Core.Backup;
using OneStop.Core.Dossiers;

namespace OneStop.Web.Cli;

/// <summary>
/// Backups at the bench's size: a full verified backup (online copy, integrity, audit chain, counts, hashes), and the
/// counters' lookups by code while backups run one after another (they must not wait for the copy).
/// </summary>
internal static class BackupMetrics
{
    public static async Task RunAsync(BenchHarness h, BenchWorld world, string dir)
    {
        var clock = new FixedClock(world.Now);
        var root = Path.Combine(dir, "bench-backups");
        using var backups = new BackupService(dir, new BackupOptions { Directory = root, Retention = new RetentionPolicy { Daily = 1, Weekly = 0, Monthly = 0 } }, TimeProvider.System);
        long size = 0;
        var phases = new List<IReadOnlyDictionary<string, long>>();
        var full = await BenchHarness.TimeAsync(3, async _ =>
        {
            var e = await backups.BackupAsync("Bench");
            if (!e.Manifest.Verified) throw new InvalidOperationException("backup not verified: " + string.Join("; ", e.Manifest.Problems));
            size = e.Manifest.SizeBytes;
            phases.Add(e.Manifest.PhasesMs);
        }, warmup: 1);
        // Where the time went, per phase (median of the timed runs), to see which one to work on.
        Console.WriteLine("  (backup_full theo bước: " + string.Join(", ", phases.SelectMany(p => p.Keys).Distinct().Order(StringComparer.Ordinal)
            .Select(k => $"{k} {phases.Select(p => p.GetValueOrDefault(k)).Order().ElementAt(phases.Count / 2)} ms")) + ")");
        h.Add("backup_full", full, null, $"p50 ≤ 10 000 ms at 1 000 000 ({size / (1024 * 1024)} MB copied and verified)", 3);

        var queries = new DossierQueries(world.Factory, clock);
        var codes = world.SampleCodes;
        var quiet = await BenchHarness.TimeAsync(1000, async i =>
        {
            if (await queries.FindIdByCodeAsync(codes[i % codes.Count]) is null) throw new InvalidOperationException("missing code");
        });

        // Backups back to back on another thread; lookups are timed only while one is running.
        using var stop = new CancellationTokenSource();
        var running = 0;
        var completed = 0;
        var loop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                Volatile.Write(ref running, 1);
                await backups.BackupAsync("Bench");
                Interlocked.Increment(ref completed);
            }
        });
        while (Volatile.Read(ref running) == 0) await Task.Delay(1);
        // Spread over at least one whole backup (copy, integrity check, chain, counts, hashes), as counters' lookups are.
        var samples = new List<double>();
        var i = 0;
        while ((Volatile.Read(ref completed) < 1 || samples.Count < 2000) && samples.Count < 50_000)
        {
            var t = System.Diagnostics.Stopwatch.GetTimestamp();
            if (await queries.FindIdByCodeAsync(codes[i++ % codes.Count]) is null) throw new InvalidOperationException("missing code");
            samples.Add(System.Diagnostics.Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            if (i % 4 == 0) await Task.Delay(1);
        }
        await stop.CancelAsync();
        await loop;
        samples.Sort();
        double P(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
        h.Add("lookup_during_backup", (P(0.5), P(0.95)), quiet.P50, $"p95 ≤ 20 ms (baseline: the same lookup with no backup, p95 {quiet.P95:0.000} ms)", samples.Count);
    }
}
