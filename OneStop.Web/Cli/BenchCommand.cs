using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Web.Cli;

/// <summary>
/// `bench [--dossiers N] [--json]`: a throwaway database with N synthetic dossiers, the operations people wait for,
/// timed over many repetitions. With --json the last line is one JSON object (see README).
/// </summary>
internal static class BenchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var n = CliRunner.IntOption(args, "--dossiers", 100_000);
        var json = args.Contains("--json");
        var keep = args.Contains("--keep");
        var dir = Path.Combine(Path.GetTempPath(), "onestop-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var dbPath = Path.Combine(dir, OneStopDatabase.FileName);
        var cs = OneStopDatabase.ConnectionString(dbPath);
        var options = new DbContextOptionsBuilder<OneStopDbContext>();
        OneStopDatabase.Configure(options, cs);
        var factory = new PooledDbContextFactory<OneStopDbContext>(options.Options);
        var harness = new BenchHarness();
        try
        {
            Console.WriteLine($"OneStop bench: {VnFormat.Number(n)} hồ sơ, CSDL tạm {dbPath}");
            var sw = Stopwatch.StartNew();
            var world = await BenchWorld.BuildAsync(factory, cs, n);
            Console.WriteLine($"  dựng dữ liệu: {sw.Elapsed.TotalSeconds:0.0} s");
            if (args.Contains("--only-supervisor")) { await SupervisorMetrics.RunAsync(harness, world); if (json) Console.WriteLine(harness.Json(n)); return 0; }
            await DossierMetrics.RunAsync(harness, factory, cs, world);
            await FeatureMetrics.RunAsync(harness, world);
            await ProcessingMetrics.RunAsync(harness, world);
            await ReceptionMetrics.RunAsync(harness, world);
            await BackupMetrics.RunAsync(harness, world, dir);
            await ScanMetrics.RunAsync(harness, world, dir);
            await SupervisorMetrics.RunAsync(harness, world);
            await PaymentMetrics.RunAsync(harness, world);
            if (!args.Contains("--no-startup")) await StartupMetrics.RunAsync(harness, dir);
            if (json) Console.WriteLine(harness.Json(n));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!keep) Directory.Delete(dir, recursive: true);
        }
    }

}

/// <summary>Lookups on the dossier table, each beside the same query as raw SQL on the same file.</summary>
internal static class DossierMetrics
{
    public static async Task RunAsync(BenchHarness h, IDbContextFactory<OneStopDbContext> factory, string cs, BenchWorld world)
    {
        var codes = world.SampleCodes;
        var clock = new FixedClock(world.Now);
        var queries = new DossierQueries(factory, clock);

        await using var raw = new SqliteConnection(cs);
        await raw.OpenAsync();
        await using var byCode = raw.CreateCommand();
        byCode.CommandText = "SELECT Id FROM Dossiers WHERE Code = $c LIMIT 1";
        var pc = byCode.Parameters.Add("$c", SqliteType.Text);
        byCode.Prepare();

        // Baseline: the same query by hand the way the app works, one pooled connection per operation.
        var baseline = await BenchHarness.TimeAsync(2000, async i =>
        {
            await using var c = new SqliteConnection(cs);
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT Id FROM Dossiers WHERE Code = $c LIMIT 1";
            cmd.Parameters.AddWithValue("$c", codes[i % codes.Count]);
            if (await cmd.ExecuteScalarAsync() is null) throw new InvalidOperationException("missing code");
        });
        // The floor: a prepared statement on a connection kept open (shown in the table only).
        var floor = await BenchHarness.TimeAsync(2000, async i => { pc.Value = codes[i % codes.Count]; await byCode.ExecuteScalarAsync(); });
        Console.WriteLine($"  (sàn: câu lệnh đã chuẩn bị trên kết nối mở sẵn p50 {floor.P50:0.0000} ms)");
        var ef = await BenchHarness.TimeAsync(2000, async i =>
        {
            if (await queries.FindIdByCodeAsync(codes[i % codes.Count]) is null) throw new InvalidOperationException("missing code");
        });
        h.Add("lookup_by_code", ef, baseline.P50, "p50 ≤ 2 ms, ≤ 3× raw SQL", 2000);

        var today = VnTime.DateOf(world.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await using var due = raw.CreateCommand();
        due.CommandText = """
            SELECT Id, Code, ApplicantName, ProcedureName, FieldCode, Status, ReceivedAt, DueAt, AssignedTo FROM Dossiers
            WHERE DueDate = $d AND Status IN ('Received','InProgress','SupplementRequested') ORDER BY DueAt
            """;
        due.Parameters.AddWithValue("$d", today);
        due.Prepare();
        var dueBaseline = await BenchHarness.TimeAsync(300, async _ =>
        {
            await using var rd = await due.ExecuteReaderAsync();
            while (await rd.ReadAsync()) { }
        });
        var count = 0;
        var dueEf = await BenchHarness.TimeAsync(300, async _ => count = (await queries.DueTodayAsync()).Count);
        h.Add("due_today_list", dueEf, dueBaseline.P50, $"p50 ≤ 50 ms ({count} hồ sơ)", 300);
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
