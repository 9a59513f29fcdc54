using Microsoft.Data.Sqlite;
using OneStop.Core.Calendar;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Reports;
using OneStop.Core.Supervision;

namespace OneStop.Web.Cli;

/// <summary>The supervisor's figures: report II.06a for a Decree-09 year (against a raw-SQL aggregate), the dashboard, the 766 panel.</summary>
internal static class SupervisorMetrics
{
    public static async Task RunAsync(BenchHarness h, BenchWorld world)
    {
        var clock = new FixedClock(world.Now);
        var calendars = new CalendarService(world.Factory, new OneStop.Core.Centre.CentreOfficeHours(world.Factory), clock);
        var queues = new DossierQueues(world.Factory, calendars, clock);
        var reports = new ResolutionReportService(world.Factory);
        var dashboard = new DashboardService(world.Factory, queues, reports, clock);
        var indicators = new ServiceIndicators(world.Factory);
        var year = ReportPeriod.Year(ReportPeriod.ReportingYearOf(VnTime.DateOf(world.Now)));

        var baseline = await BenchHarness.TimeAsync(10, _ => RawAggregateAsync(world.ConnectionString, year), warmup: 2);
        var report = await BenchHarness.TimeAsync(10, async _ =>
        {
            var r = await reports.BuildAsync(year.From, year.To);
            if (!r.IsSuccess || !r.Value!.AllIdentitiesHold) throw new InvalidOperationException("II.06a failed: " + r.Error);
        }, warmup: 2);
        h.Add("report_ii06a_year", report, baseline.P50, $"p50 ≤ 1 000 ms and ≤ 3× raw SQL ({year.Name})", 10);

        var dash = await BenchHarness.TimeAsync(20, async _ => await dashboard.LoadAsync(), warmup: 3);
        h.Add("dashboard_load", dash, null, "p50 ≤ 300 ms", 20);

        var ind = await BenchHarness.TimeAsync(10, async _ =>
        {
            var r = await indicators.BuildAsync(year.From, year.To);
            if (!r.IsSuccess) throw new InvalidOperationException("766 failed: " + r.Error);
        }, warmup: 2);
        h.Add("indicators_766_year", ind, null, $"p50 ≤ 1 500 ms ({year.Name})", 10);
    }

    /// <summary>The floor: II.06a's columns summed by one hand-written statement.</summary>
    private static async Task RawAggregateAsync(string cs, ReportPeriod p)
    {
        var start = VnTime.At(p.From, TimeOnly.MinValue).ToUnixTimeMilliseconds();
        var end = VnTime.At(p.To.AddDays(1), TimeOnly.MinValue).ToUnixTimeMilliseconds();
        await using var c = new SqliteConnection(cs);
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT FieldCode, count(*),
                sum(ReceivedAt >= $s AND Channel = 'Online'), sum(ReceivedAt >= $s AND Channel <> 'Online'), sum(ReceivedAt < $s),
                sum(ResultReadyAt >= $s AND ResultReadyAt < $e AND Outcome = 'Early'), sum(ResultReadyAt >= $s AND ResultReadyAt < $e AND Outcome = 'OnTime'),
                sum(ResultReadyAt >= $s AND ResultReadyAt < $e AND Outcome = 'Late'),
                sum((ResultReadyAt IS NULL OR ResultReadyAt >= $e) AND OriginalDueAt >= $e), sum((ResultReadyAt IS NULL OR ResultReadyAt >= $e) AND OriginalDueAt < $e)
            FROM Dossiers
            WHERE ReceivedAt < $e AND NOT (ResultReadyAt IS NOT NULL AND ResultReadyAt < $s)
              AND NOT (Status IN ('Refused', 'Withdrawn') AND ResultReadyAt IS NULL AND FinishedAt < $s)
            GROUP BY FieldCode
            """;
        cmd.Parameters.AddWithValue("$s", start);
        cmd.Parameters.AddWithValue("$e", end);
        await using var rd = await cmd.ExecuteReaderAsync();
        while (await rd.ReadAsync()) { }
    }
}
