using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents;
using OneStop.Core.Dossiers;
using OneStop.Core.Payments;

namespace OneStop.Web.Cli;

/// <summary>Fees: the payment slip PDF, one VietQR payload, and a bank statement matched against the whole table.</summary>
internal static class PaymentMetrics
{
    private static readonly long[] Fees = [8_000, 15_000, 30_000, 50_000];

    public static async Task RunAsync(BenchHarness h, BenchWorld world)
    {
        var centre = new CentreService(world.Factory);
        var settings = await centre.GetAsync();
        var paidCount = await GiveFeesAsync(world.ConnectionString);

        List<Dossier> dossiers;
        await using (var db = await world.Factory.CreateDbContextAsync())
        {
            var codes = world.SampleCodes.Take(200).ToList();
            dossiers = await db.Dossiers.AsNoTracking().Where(d => codes.Contains(d.Code)).ToListAsync();
        }
        var renderer = new PdfSharpDocumentRenderer();
        var today = VnTime.DateOf(world.Now);
        var slips = dossiers.Select(d => PaymentSlips.Slip(d, settings, today)).OfType<PaymentSlipData>().ToList();
        if (slips.Count == 0) throw new InvalidOperationException("no dossier with a fee to print a slip for");
        var bytes = 0;
        var slip = await BenchHarness.TimeAsync(500, i =>
        {
            bytes = renderer.PaymentSlip(slips[i % slips.Count]).Length;
            return Task.CompletedTask;
        }, warmup: 300);
        h.Add("payment_slip_pdf", slip, null, $"p50 ≤ 10 ms ({settings.PaymentSlipPaper}, {bytes / 1024} KB)", 500);

        // One payload is ~1 µs: time batches of 100 and report the time of one build (payload + CRC).
        const int batch = 100;
        var purposes = dossiers.Select(d => VietQr.AsciiText(d.Code)).ToArray();
        var length = 0;
        var qr = await BenchHarness.TimeAsync(2000, i =>
        {
            for (var k = 0; k < batch; k++)
                length += VietQr.ForPayment(settings.BankBin, settings.BankAccountNumber, Fees[k & 3], purposes[(i + k) % purposes.Length]).Length;
            return Task.CompletedTask;
        }, warmup: 200);
        if (length == 0) throw new InvalidOperationException("empty payload");
        h.Add("vietqr_build", (qr.P50 / batch, qr.P95 / batch), null, "p50 ≤ 0.002 ms (build + CRC, timed in batches of 100)", 2000);

        // A 5 000-line statement: mostly unpaid dossiers at their fee, some wrong amounts, unknown codes, references
        // repeated in the file, dossiers already paid, and debits.
        var statement = await StatementAsync(world.ConnectionString, settings.AgencyCode, 5000);
        var reconciliation = new ReconciliationService(world.Factory, centre, new FixedClock(world.Now));
        var supervisor = new Officer("giamsat", "Lê Văn Giám Sát", "Supervisor");
        var matched = 0;
        var reconcile = await BenchHarness.TimeAsync(10, async _ =>
        {
            var r = await reconciliation.PreviewAsync(statement, "sao-ke.csv", supervisor);
            if (!r.IsSuccess) throw new InvalidOperationException("reconciliation failed: " + r.Error);
            matched = r.Value!.With(LineOutcome.Matched).Count();
        }, warmup: 2);
        int total;
        await using (var db = await world.Factory.CreateDbContextAsync()) total = await db.Dossiers.CountAsync();
        h.Add("reconcile_statement", reconcile, null,
            $"p50 ≤ 500 ms (5 000 dòng, {matched} khớp; {VnFormat.Number(total)} hồ sơ có phí, {VnFormat.Number(paidCount)} đã nộp)", 10);
    }

    /// <summary>Every bench dossier owes a fee; half of them (every other id) already paid it in cash. Raw SQL: the bench's own seam.</summary>
    private static async Task<int> GiveFeesAsync(string cs)
    {
        await using var conn = new SqliteConnection(cs);
        await conn.OpenAsync();
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync();
        await using (var up = conn.CreateCommand())
        {
            up.Transaction = tx;
            up.CommandText = "UPDATE Dossiers SET FeeTotal = CASE Id % 4 WHEN 0 THEN 8000 WHEN 1 THEN 15000 WHEN 2 THEN 30000 ELSE 50000 END, FeeExemptReason = NULL";
            await up.ExecuteNonQueryAsync();
        }
        int paid;
        await using (var ins = conn.CreateCommand())
        {
            ins.Transaction = tx;
            ins.CommandText = """
                INSERT INTO Payments (DossierId, DossierCode, Method, Amount, BankReference, ReceiptNumber, ByUser, ByName, At)
                SELECT Id, Code, 'Cash', FeeTotal, NULL, 'BX-' || Id, 'tiepnhan', 'Nguyễn Thị Tiếp Nhận', ReceivedAt
                FROM Dossiers WHERE Id % 2 = 0 AND Status NOT IN ('Refused', 'Withdrawn')
                """;
            paid = await ins.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
        return paid;
    }

    private static async Task<byte[]> StatementAsync(string cs, string agency, int lines)
    {
        var unpaid = new List<(string Code, long Fee)>();
        var paid = new List<string>();
        await using (var conn = new SqliteConnection(cs))
        {
            await conn.OpenAsync();
            await using var q = conn.CreateCommand();
            q.CommandText = "SELECT Code, FeeTotal, Id % 2 FROM Dossiers WHERE Status NOT IN ('Refused', 'Withdrawn') ORDER BY random() LIMIT $n";
            q.Parameters.AddWithValue("$n", lines * 2);
            await using var rd = await q.ExecuteReaderAsync();
            while (await rd.ReadAsync())
                if (rd.GetInt64(2) == 0) paid.Add(rd.GetString(0)); else unpaid.Add((rd.GetString(0), rd.GetInt64(1)));
        }
        var r = new Random(11);
        var sb = new StringBuilder("Ngày giao dịch,Số tiền,Nội dung giao dịch,Mã giao dịch\r\n");
        for (var i = 0; i < lines; i++)
        {
            var (code, fee) = unpaid[i % unpaid.Count];
            var kind = i % 20;
            var reference = kind == 19 && i > 0 ? $"FT{i - 1:000000}" : $"FT{i:000000}";   // 1 in 20 repeats the previous reference
            var (amount, description) = kind switch
            {
                < 14 => (fee, $"MBVCB.{r.Next(1000, 9999)}.{code}.CT tu 0123456789 NGUYEN VAN A"),
                14 or 15 => (fee + 1000, $"IBFT {code} nop phi"),
                16 => (8000L, $"IBFT {agency}-991231-{r.Next(1, 9999):0000} nop phi"),
                17 => (8000L, $"chuyen tien an trua {r.Next(100)}"),
                18 => (fee, $"{paid[i % paid.Count].ToLowerInvariant()} nop lai"),
                _ => (fee, $"{code} lan 2"),
            };
            sb.Append(CultureInfo.InvariantCulture, $"{VnFormat.Date(new DateOnly(2026, 11, 25))},\"{amount.ToString("N0", VnTime.Culture)}\",\"{description}\",{reference}\r\n");
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
