using Microsoft.EntityFrameworkCore;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents.Forms;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Core.Payments;

/// <summary>Fees settled in a period: cash, transfer, exempt, each as a count of dossiers and an amount in whole đồng.</summary>
/// <param name="ExemptAmount">The fees waived where known (an exemption decided at reception quotes 0 đ, so it counts here without an amount).</param>
public sealed record FeeTotals(int CashCount, long CashAmount, int TransferCount, long TransferAmount, int ExemptCount, long ExemptAmount)
{
    public static readonly FeeTotals Zero = new(0, 0, 0, 0, 0, 0);
    public int PaidCount => CashCount + TransferCount;
    public long PaidAmount => CashAmount + TransferAmount;
    /// <summary>Dossiers whose fee was settled (paid or exempt).</summary>
    public int Count => PaidCount + ExemptCount;

    public FeeTotals Plus(FeeTotals o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(CashCount + o.CashCount, CashAmount + o.CashAmount, TransferCount + o.TransferCount, TransferAmount + o.TransferAmount,
            ExemptCount + o.ExemptCount, ExemptAmount + o.ExemptAmount);
    }
}

/// <summary>One counter (the officer who recorded the fees); transfers confirmed from a bank statement are a row of their own.</summary>
public sealed record CounterFeeSummary(string UserName, string Name, bool FromStatements, FeeTotals Totals);

public sealed record ExemptionCount(string Reason, int Count, long Amount);

/// <summary>
/// The Decision 766 indicator: of the dossiers whose fee was paid in the period, the share paid without cash (bank transfer,
/// VietQR). Exemptions are neither: nothing was paid.
/// </summary>
public sealed record CashlessShare(DateOnly From, DateOnly To, int PaidCount, int CashlessCount, long PaidAmount, long CashlessAmount)
{
    /// <summary>Share of paid dossiers, 0–1; null when nothing was paid in the period.</summary>
    public double? ByCount => PaidCount == 0 ? null : (double)CashlessCount / PaidCount;
    /// <summary>Share of the money paid, 0–1; null when nothing was paid.</summary>
    public double? ByAmount => PaidAmount == 0 ? null : (double)CashlessAmount / PaidAmount;

    /// <summary>"62,5 %" or "–".</summary>
    public static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0.#", VnTime.Culture) + " %" : "–";
}

/// <summary>The daily (or period) fee summary of a centre: per counter, the centre's total, exemptions by reason, the cashless share.</summary>
public sealed record FeeSummary(DateOnly From, DateOnly To, IReadOnlyList<CounterFeeSummary> Counters, FeeTotals Centre,
    IReadOnlyList<ExemptionCount> Exemptions, CashlessShare Cashless, DateTimeOffset MadeAt);

/// <summary>
/// Fee summaries per counter and per centre for a day or a period (Viet Nam days, both ends included), and the share of fees
/// paid cashless (Decision 766). A payment counts on the day it was recorded; an exemption decided at reception on the day the
/// dossier was received, for the officer who received it.
/// </summary>
public sealed class PaymentSummaryService(IDbContextFactory<OneStopDbContext> factory, CentreService centre, TimeProvider clock)
{
    /// <summary>The longest period one summary covers (a year and a day, so any Decree 09 year fits).</summary>
    public const int MaxDays = 366;

    public async Task<Result<FeeSummary>> SummaryAsync(DateOnly from, DateOnly to, Officer by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (DossierPermissions.CanSeeFeeSummary(by) is { Allowed: false } no) return Result<FeeSummary>.Invalid(no.Reason!);
        if (CheckPeriod(from, to) is { } bad) return Result<FeeSummary>.Invalid(bad);

        await using var db = await factory.CreateDbContextAsync(ct);
        var (start, end) = Bounds(from, to);
        var paid = await db.Payments.AsNoTracking().Where(p => p.At >= start && p.At < end)
            .GroupBy(p => new { p.ByUser, p.ByName, p.Method, Statement = p.StatementImportId != null })
            .Select(g => new { g.Key.ByUser, g.Key.ByName, g.Key.Method, g.Key.Statement, Count = g.Count(), Amount = g.Sum(p => p.Amount) })
            .ToListAsync(ct);
        var exemptByReason = await db.Payments.AsNoTracking().Where(p => p.At >= start && p.At < end && p.Method == PaymentMethod.Exempt)
            .GroupBy(p => p.ExemptionReason ?? "")
            .Select(g => new { Reason = g.Key, Count = g.Count(), Amount = g.Sum(p => p.Amount) })
            .ToListAsync(ct);
        // Exempted at reception: no payment row, the reason is on the dossier and the fee quoted is 0 đ.
        var atReception = await db.Dossiers.AsNoTracking()
            .Where(d => d.FeeExemptReason != null && d.ReceivedDate >= from && d.ReceivedDate <= to)
            .GroupBy(d => new { d.ReceivedBy, d.ReceivedByName, d.FeeExemptReason })
            .Select(g => new { g.Key.ReceivedBy, g.Key.ReceivedByName, Reason = g.Key.FeeExemptReason!, Count = g.Count() })
            .ToListAsync(ct);

        var rows = new Dictionary<(string User, bool Statement), (string Name, FeeTotals Totals)>();
        void Add(string user, string name, bool statement, FeeTotals t) =>
            rows[(user, statement)] = rows.TryGetValue((user, statement), out var r) ? (r.Name, r.Totals.Plus(t)) : (name, t);
        foreach (var p in paid)
            Add(p.ByUser, p.ByName, p.Statement, p.Method switch
            {
                PaymentMethod.Cash => FeeTotals.Zero with { CashCount = p.Count, CashAmount = p.Amount },
                PaymentMethod.Transfer => FeeTotals.Zero with { TransferCount = p.Count, TransferAmount = p.Amount },
                _ => FeeTotals.Zero with { ExemptCount = p.Count, ExemptAmount = p.Amount },
            });
        foreach (var e in atReception)
            Add(e.ReceivedBy, e.ReceivedByName, false, FeeTotals.Zero with { ExemptCount = e.Count });

        var culture = StringComparer.Create(VnTime.Culture, ignoreCase: false);
        var counters = rows.Select(kv => new CounterFeeSummary(kv.Key.User, kv.Value.Name, kv.Key.Statement, kv.Value.Totals))
            .OrderBy(c => c.FromStatements).ThenBy(c => c.Name, culture).ToList();
        var centre = counters.Aggregate(FeeTotals.Zero, (sum, c) => sum.Plus(c.Totals));
        var exemptions = exemptByReason.Select(e => (e.Reason, e.Count, e.Amount))
            .Concat(atReception.Select(e => (e.Reason, e.Count, Amount: 0L)))
            .GroupBy(e => e.Reason)
            .Select(g => new ExemptionCount(g.Key, g.Sum(x => x.Count), g.Sum(x => x.Amount)))
            .OrderByDescending(e => e.Count).ThenBy(e => e.Reason, culture).ToList();
        var cashless = new CashlessShare(from, to, centre.PaidCount, centre.TransferCount, centre.PaidAmount, centre.TransferAmount);
        return Result<FeeSummary>.Ok(new FeeSummary(from, to, counters, centre, exemptions, cashless, VnTime.Now(clock)));
    }

    /// <summary>The summary as a printable A4 page (the same PDF layer as the forms), made by <paramref name="by"/>.</summary>
    public async Task<Result<byte[]>> SummaryPdfAsync(DateOnly from, DateOnly to, Officer by, CancellationToken ct = default)
    {
        var r = await SummaryAsync(from, to, by, ct);
        if (!r.IsSuccess) return Result<byte[]>.Invalid(r.Error!);
        var s = r.Value!;
        static FeeSummaryRow Row(string name, FeeTotals t) =>
            new(name, t.CashCount, t.CashAmount, t.TransferCount, t.TransferAmount, t.ExemptCount, t.ExemptAmount);
        var data = new FeeSummaryData(Dossiers.DossierDocuments.Header(await centre.GetAsync(ct)), s.From, s.To,
            s.Counters.Select(c => Row(CounterName(c), c.Totals)).ToList(), Row("Toàn trung tâm", s.Centre),
            s.Exemptions.Select(e => new FeeSummaryExemption(e.Reason, e.Count, e.Amount)).ToList(), CashlessText(s.Cashless), s.MadeAt, by.FullName);
        return Result<byte[]>.Ok(FeeSummaryForm.Render(data));
    }

    /// <summary>"Nguyễn Văn A", or "Lê Thị B (đối soát sao kê)" for the transfers a supervisor confirmed from statements.</summary>
    public static string CounterName(CounterFeeSummary c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.FromStatements ? $"{c.Name} (đối soát sao kê)" : c.Name;
    }

    /// <summary>"Tỷ lệ thu phí không dùng tiền mặt (Quyết định 766/QĐ-TTg): 62,5 % số hồ sơ (5/8), 60 % số tiền".</summary>
    public static string CashlessText(CashlessShare s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return $"Tỷ lệ thu phí, lệ phí không dùng tiền mặt (Quyết định 766/QĐ-TTg): {CashlessShare.Percent(s.ByCount)} số hồ sơ " +
            $"({s.CashlessCount.ToString(VnTime.Culture)}/{s.PaidCount.ToString(VnTime.Culture)}), {CashlessShare.Percent(s.ByAmount)} số tiền.";
    }

    /// <summary>
    /// The Decision 766 indicator alone, for the supervisor's dashboard: of the fees paid from <paramref name="from"/> to
    /// <paramref name="to"/> (Viet Nam days, both included), how many and how much were paid by transfer. A read of totals
    /// with no personal data; the page that shows it checks its own role.
    /// </summary>
    public async Task<CashlessShare> CashlessShareAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (CheckPeriod(from, to) is { } bad) throw new ArgumentOutOfRangeException(nameof(to), bad);
        await using var db = await factory.CreateDbContextAsync(ct);
        var (start, end) = Bounds(from, to);
        var byMethod = await db.Payments.AsNoTracking()
            .Where(p => p.At >= start && p.At < end && p.Method != PaymentMethod.Exempt)
            .GroupBy(p => p.Method)
            .Select(g => new { Method = g.Key, Count = g.Count(), Amount = g.Sum(p => p.Amount) })
            .ToListAsync(ct);
        var transfer = byMethod.FirstOrDefault(m => m.Method == PaymentMethod.Transfer);
        return new CashlessShare(from, to, byMethod.Sum(m => m.Count), transfer?.Count ?? 0, byMethod.Sum(m => m.Amount), transfer?.Amount ?? 0);
    }

    /// <summary>Why a period cannot be summarised; null when it can.</summary>
    public static string? CheckPeriod(DateOnly from, DateOnly to) =>
        to < from ? "Ngày kết thúc phải từ ngày bắt đầu trở đi."
        : to.DayNumber - from.DayNumber + 1 > MaxDays ? $"Chọn khoảng tối đa {MaxDays} ngày."
        : null;

    private static (DateTimeOffset Start, DateTimeOffset End) Bounds(DateOnly from, DateOnly to) =>
        (VnTime.At(from, TimeOnly.MinValue), VnTime.At(to.AddDays(1), TimeOnly.MinValue));
}
