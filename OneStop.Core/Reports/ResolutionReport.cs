using Microsoft.EntityFrameworkCore;
using OneStop.Core.Calendar;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Core.Reports;

/// <summary>
/// One row of report II.06a (Circular 01/2020/TT-VPCP), columns numbered as in the form:
/// (3) = (4) + (5) + (6); (7) = (8) + (9) + (10); (11) = (12) + (13); (3) = (7) + (11).
/// </summary>
public sealed record ResolutionRow(string FieldCode, string FieldName, int Online, int DirectOrPostal, int CarriedOver,
    int Early, int OnTime, int Late, int InProgressWithin, int InProgressOverdue)
{
    public int Received => Online + DirectOrPostal + CarriedOver;
    public int Resolved => Early + OnTime + Late;
    public int InProgress => InProgressWithin + InProgressOverdue;

    /// <summary>Share handled early or on time, counting open overdue dossiers in the denominator (§8).</summary>
    public double? OnTimeShare => Received == 0 ? null : (double)(Early + OnTime + InProgressWithin) / Received;
}

/// <summary>One identity of §8 checked on every row and the total; <see cref="Holds"/> is false when any row breaks it.</summary>
public sealed record ReportIdentity(string Formula, bool Holds);

public sealed record ResolutionReport(DateOnly From, DateOnly To, IReadOnlyList<ResolutionRow> Rows, ResolutionRow Total,
    IReadOnlyList<ReportIdentity> Identities)
{
    public bool AllIdentitiesHold => Identities.All(i => i.Holds);

    /// <summary>
    /// Checks the identities against the dossiers counted once per field (<paramref name="counted"/>), so (3) is not only
    /// the sum of its parts by construction; the total is checked to be the sum of the rows.
    /// </summary>
    internal static IReadOnlyList<ReportIdentity> Check(IReadOnlyList<ResolutionRow> rows, ResolutionRow total, IReadOnlyDictionary<string, int> counted)
    {
        var all = rows.Append(total).ToList();
        int Count(ResolutionRow r) => r == total ? counted.Values.Sum() : counted.GetValueOrDefault(r.FieldCode);
        return
        [
            new("(3) = (4) + (5) + (6)", all.All(r => Count(r) == r.Online + r.DirectOrPostal + r.CarriedOver)),
            new("(7) = (8) + (9) + (10)", all.All(r => r.Resolved == r.Early + r.OnTime + r.Late)),
            new("(11) = (12) + (13)", all.All(r => r.InProgress == r.InProgressWithin + r.InProgressOverdue)),
            new("(3) = (7) + (11)", all.All(r => Count(r) == r.Resolved + r.InProgress)),
            new("Tổng cộng = tổng các lĩnh vực", total.Received == rows.Sum(r => r.Received) && total.Resolved == rows.Sum(r => r.Resolved)
                && total.InProgress == rows.Sum(r => r.InProgress)),
        ];
    }
}

/// <summary>
/// House rules for II.06a: a dossier is resolved when its result is ready (judged against the appointment statistics
/// use, rule 6). A refusal or a withdrawal also ends the dossier with an answer: it is counted resolved in the period it
/// ends, on time when answered by the original appointment and late after it. A dossier therefore leaves the report
/// exactly when it ends, so (3) = (7) + (11) holds and a period's carried over (6) equals the previous period's
/// in progress (11). Carried over = received before the period and not ended before it.
/// </summary>
public sealed class ResolutionReportService(IDbContextFactory<OneStopDbContext> factory)
{
    public async Task<Result<ResolutionReport>> BuildAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (to < from) return Result<ResolutionReport>.Invalid("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.");
        if (to.DayNumber - from.DayNumber > 366) return Result<ResolutionReport>.Invalid("Kỳ báo cáo tối đa một năm.");
        var start = VnTime.At(from, TimeOnly.MinValue);
        var end = VnTime.At(to.AddDays(1), TimeOnly.MinValue);
        await using var db = await factory.CreateDbContextAsync(ct);
        var fields = await db.ProcedureFields.AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.Name, ct);

        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => d.ReceivedAt < end)
            .Where(d => !(d.ResultReadyAt != null && d.ResultReadyAt < start))
            .Where(d => !((d.Status == DossierStatus.Refused || d.Status == DossierStatus.Withdrawn) && d.ResultReadyAt == null && d.FinishedAt < start))
            .GroupBy(d => d.FieldCode)
            .Select(g => new
            {
                Field = g.Key,
                Count = g.Count(),
                Online = g.Count(d => d.ReceivedAt >= start && d.Channel == ReceptionChannel.Online),
                Direct = g.Count(d => d.ReceivedAt >= start && d.Channel != ReceptionChannel.Online),
                Carried = g.Count(d => d.ReceivedAt < start),
                Early = g.Count(d => d.ResultReadyAt >= start && d.ResultReadyAt < end && d.Outcome == OutcomeClass.Early),
                OnTime = g.Count(d => (d.ResultReadyAt >= start && d.ResultReadyAt < end && d.Outcome == OutcomeClass.OnTime)
                    || ((d.Status == DossierStatus.Refused || d.Status == DossierStatus.Withdrawn) && d.ResultReadyAt == null
                        && d.FinishedAt >= start && d.FinishedAt < end && d.FinishedAt <= d.OriginalDueAt)),
                Late = g.Count(d => (d.ResultReadyAt >= start && d.ResultReadyAt < end && d.Outcome == OutcomeClass.Late)
                    || ((d.Status == DossierStatus.Refused || d.Status == DossierStatus.Withdrawn) && d.ResultReadyAt == null
                        && d.FinishedAt >= start && d.FinishedAt < end && d.FinishedAt > d.OriginalDueAt)),
                Within = g.Count(d => (d.ResultReadyAt == null || d.ResultReadyAt >= end) && d.OriginalDueAt >= end
                    && !((d.Status == DossierStatus.Refused || d.Status == DossierStatus.Withdrawn) && d.FinishedAt < end)),
                Overdue = g.Count(d => (d.ResultReadyAt == null || d.ResultReadyAt >= end) && d.OriginalDueAt < end
                    && !((d.Status == DossierStatus.Refused || d.Status == DossierStatus.Withdrawn) && d.FinishedAt < end)),
            })
            .ToListAsync(ct);

        var list = rows.Select(r => new ResolutionRow(r.Field, fields.GetValueOrDefault(r.Field, r.Field), r.Online, r.Direct, r.Carried,
            r.Early, r.OnTime, r.Late, r.Within, r.Overdue)).OrderBy(r => r.FieldName, StringComparer.Create(VnTime.Culture, false)).ToList();
        var total = new ResolutionRow("", "Tổng cộng", list.Sum(r => r.Online), list.Sum(r => r.DirectOrPostal), list.Sum(r => r.CarriedOver),
            list.Sum(r => r.Early), list.Sum(r => r.OnTime), list.Sum(r => r.Late), list.Sum(r => r.InProgressWithin), list.Sum(r => r.InProgressOverdue));
        var counted = rows.ToDictionary(r => r.Field, r => r.Count);
        return Result<ResolutionReport>.Ok(new ResolutionReport(from, to, list, total, ResolutionReport.Check(list, total, counted)));
    }
}
