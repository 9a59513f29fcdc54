using Microsoft.Data.Sqlite;
using OneStop.Core.Accounts;
using OneStop.Core.Calendar;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;

namespace OneStop.Web.Cli;

/// <summary>Work queues and name search on the bench database.</summary>
internal static class ProcessingMetrics
{
    public static async Task RunAsync(BenchHarness h, BenchWorld world)
    {
        var clock = new FixedClock(world.Now);
        var calendars = new CalendarService(world.Factory, new OneStop.Core.Centre.CentreOfficeHours(world.Factory), clock);
        var queues = new DossierQueues(world.Factory, calendars, clock);
        string[] specialist = [Roles.Specialist];

        // Opening a queue: the six counts on the tabs and the first page of the list, as the page does.
        var open = 0;
        var queue = await BenchHarness.TimeAsync(100, async _ =>
        {
            var counts = await queues.CountsAsync("chuyenvien", specialist);
            open = counts[QueueKind.Mine];
            await queues.ListAsync(QueueKind.Mine, "chuyenvien", specialist, new QueueFilter());
        }, warmup: 5);
        h.Add("queue_open", queue, null, $"p50 ≤ 50 ms ({OneStop.Core.Common.VnFormat.Number(open)} hồ sơ đang xử lý của chuyên viên)", 100);

        var dq = new DossierQueries(world.Factory, clock);
        var names = new List<string>();
        await using (var conn = new SqliteConnection(world.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT ApplicantName FROM Dossiers ORDER BY random() LIMIT 200";
            await using var rd = await cmd.ExecuteReaderAsync();
            while (await rd.ReadAsync()) names.Add(VietnameseText.Fold(rd.GetString(0)));
        }
        var found = 0;
        var search = await BenchHarness.TimeAsync(200, async i => found += (await dq.SearchAsync(names[i % names.Count])).Count > 0 ? 1 : 0, warmup: 10);
        if (found < 200) throw new InvalidOperationException("name search missed names that exist");

        await using var raw = new SqliteConnection(world.ConnectionString);
        await raw.OpenAsync();
        var baseline = await BenchHarness.TimeAsync(200, async i =>
        {
            await using var cmd = raw.CreateCommand();
            cmd.CommandText = """
                SELECT d.Id, d.Code, d.ApplicantName, d.ProcedureName, d.FieldCode, d.Status, d.ReceivedAt, d.DueAt, d.AssignedTo
                FROM Dossiers d WHERE d.Id IN (SELECT rowid FROM DossierSearch WHERE DossierSearch MATCH $m)
                ORDER BY d.ReceivedAt DESC LIMIT 200
                """;
            cmd.Parameters.AddWithValue("$m", OneStop.Core.Persistence.SearchIndex.MatchExpression(names[i % names.Count]));
            await using var rd = await cmd.ExecuteReaderAsync();
            while (await rd.ReadAsync()) { }
        }, warmup: 10);
        h.Add("search_name", search, baseline.P50, "p50 ≤ 100 ms (tên không dấu, FTS5)", 200);
    }
}
