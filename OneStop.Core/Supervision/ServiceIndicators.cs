using Microsoft.EntityFrameworkCore;
using OneStop.Core.Calendar;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Payments;
using OneStop.Core.Persistence;
using OneStop.Core.Ratings;

namespace OneStop.Core.Supervision;

/// <summary>
/// One indicator of Decision 766/QĐ-TTg as the centre can compute it. <see cref="Unavailable"/> says why there is no
/// figure (data the centre does not keep); a computable indicator with nothing to count has a denominator of 0 and no share.
/// </summary>
public sealed record Indicator(string Key, string Group, string Name, string Formula, double MaxPoints, int? Numerator, int? Denominator,
    string? Unavailable = null, string? Note = null)
{
    public double? Share => Numerator is { } n && Denominator is > 0 and var d ? (double)n / d : null;

    /// <summary>Points earned: the share times the indicator's points (house rule: linear, rounded to two decimals).</summary>
    public double? Points => Share is { } s ? Math.Round(s * MaxPoints, 2) : null;
}

/// <summary>The indicators for a period, with the total of the points the centre could compute and the points they weigh.</summary>
public sealed record IndicatorPanel(DateOnly From, DateOnly To, IReadOnlyList<Indicator> Indicators)
{
    public double Earned => Indicators.Sum(i => i.Points ?? 0);
    public double Computable => Indicators.Where(i => i.Points is not null).Sum(i => i.MaxPoints);
}

/// <summary>Which side of an indicator's fraction a list shows.</summary>
public enum IndicatorPart { Numerator, Denominator }

/// <summary>A dossier behind an indicator's number.</summary>
public sealed record IndicatorDossier(long Id, string Code, string ApplicantName, string ProcedureName, DateTimeOffset ReceivedAt, DossierStatus Status);

/// <summary>
/// The Decision 766/QĐ-TTg panel (§8) from the centre's own data, each indicator as a numerator over a denominator with
/// the dossiers behind both. Points per indicator (house rule, out of the decision's five groups of 18/20/22/22/18):
/// progress 20; digitisation 22 split evenly between scanned dossiers and digitised results; online 22 split evenly
/// between online reception and cashless payment; satisfaction 18 as three parts of 6 (ratings, feedback on time,
/// feedback without dissatisfaction). Publicity (18) is scored on the national portal and is shown as not computable here,
/// as is feedback (phản ánh, kiến nghị), which OneStop does not record yet.
/// </summary>
public sealed class ServiceIndicators(IDbContextFactory<OneStopDbContext> factory)
{
    public const string Progress = "tien-do";
    public const string ScannedDossiers = "so-hoa-ho-so";
    public const string DigitisedResults = "so-hoa-ket-qua";
    public const string Online = "truc-tuyen";
    public const string Cashless = "thanh-toan";
    public const string Satisfaction = "hai-long";
    public const string FeedbackOnTime = "pakn-dung-han";
    public const string FeedbackSatisfied = "pakn-hai-long";
    public const string Publicity = "cong-khai";

    private const string NoFeedback = "OneStop chưa có sổ tiếp nhận phản ánh, kiến nghị: trung tâm chưa có dữ liệu để tính chỉ số này.";

    public async Task<Result<IndicatorPanel>> BuildAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (Check(from, to) is { } bad) return Result<IndicatorPanel>.Invalid(bad);
        var sets = await CountsAsync(from, to, ct);
        Indicator Of(string key, string group, string name, string formula, double points, string? note = null) =>
            new(key, group, name, formula, points, sets[key].Numerator, sets[key].Denominator, Note: note);
        var rated = sets[Satisfaction].Rated;
        return Result<IndicatorPanel>.Ok(new IndicatorPanel(from, to,
        [
            new(Publicity, "Công khai, minh bạch", "Công khai, minh bạch thông tin TTHC", "Chấm trên Cổng Dịch vụ công quốc gia", 18, null, null,
                "Chấm theo dữ liệu công khai trên Cổng Dịch vụ công quốc gia, không tính từ dữ liệu của trung tâm."),
            Of(Progress, "Tiến độ giải quyết", "Hồ sơ giải quyết trước hạn, đúng hạn",
                "(trước hạn + đúng hạn + đang giải quyết trong hạn) / tổng hồ sơ của kỳ, kể cả hồ sơ quá hạn chưa xong (mẫu II.06a)", 20),
            Of(ScannedDossiers, "Số hóa hồ sơ", "Hồ sơ được số hóa thành phần",
                "hồ sơ tiếp nhận trong kỳ có bản quét mọi giấy tờ đã nộp / hồ sơ tiếp nhận trong kỳ", 11),
            Of(DigitisedResults, "Số hóa hồ sơ", "Kết quả giải quyết được số hóa",
                "hồ sơ có kết quả trong kỳ và có bản số hóa kết quả / hồ sơ có kết quả trong kỳ", 11),
            Of(Online, "Dịch vụ trực tuyến, thanh toán trực tuyến", "Hồ sơ tiếp nhận trực tuyến",
                "hồ sơ tiếp nhận trực tuyến trong kỳ / hồ sơ tiếp nhận trong kỳ", 11),
            Of(Cashless, "Dịch vụ trực tuyến, thanh toán trực tuyến", "Phí, lệ phí thanh toán không dùng tiền mặt",
                "hồ sơ nộp phí bằng chuyển khoản trong kỳ / hồ sơ nộp phí trong kỳ (không kể hồ sơ được miễn)", 11),
            Of(Satisfaction, "Mức độ hài lòng", "Hồ sơ không bị đánh giá không hài lòng và không trễ hạn",
                "(hồ sơ giải quyết trong kỳ − hồ sơ bị đánh giá “Không hài lòng” hoặc giải quyết quá hạn) / hồ sơ giải quyết trong kỳ", 6,
                rated == 0 ? "Chưa có đánh giá nào trong kỳ: chỉ trừ hồ sơ quá hạn." : $"{rated.ToString("#,0", VnTime.Culture)} hồ sơ được công dân đánh giá; phản ánh, kiến nghị chưa được ghi nhận trong OneStop."),
            new(FeedbackOnTime, "Mức độ hài lòng", "Phản ánh, kiến nghị xử lý đúng hạn", "phản ánh, kiến nghị xử lý đúng hạn / tổng phản ánh, kiến nghị", 6, null, null, NoFeedback),
            new(FeedbackSatisfied, "Mức độ hài lòng", "Phản ánh, kiến nghị được trả lời hài lòng, không trễ",
                "phản ánh, kiến nghị không bị trả lời không hài lòng và không trễ / tổng phản ánh, kiến nghị", 6, null, null, NoFeedback),
        ]));
    }

    /// <summary>The dossiers behind one side of an indicator, newest first; empty for an indicator without local data.</summary>
    public async Task<Result<IReadOnlyList<IndicatorDossier>>> DossiersAsync(string key, IndicatorPart part, DateOnly from, DateOnly to,
        int limit = 500, CancellationToken ct = default)
    {
        if (Check(from, to) is { } bad) return Result<IReadOnlyList<IndicatorDossier>>.Invalid(bad);
        var sets = await SetsAsync(from, to, ct);
        if (!sets.TryGetValue(key, out var set)) return Result<IReadOnlyList<IndicatorDossier>>.Invalid("Chỉ số này không tính từ hồ sơ của trung tâm.");
        var ids = (part == IndicatorPart.Numerator ? set.Numerator : set.Denominator).OrderDescending().Take(limit).ToList();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = new List<IndicatorDossier>(ids.Count);
        // Chunked: SQLite caps the parameters of one statement.
        foreach (var chunk in ids.Chunk(500))
            rows.AddRange(await db.Dossiers.AsNoTracking().Where(d => chunk.Contains(d.Id))
                .Select(d => new IndicatorDossier(d.Id, d.Code, d.ApplicantName, d.ProcedureName, d.ReceivedAt, d.Status)).ToListAsync(ct));
        return Result<IReadOnlyList<IndicatorDossier>>.Ok(rows.OrderByDescending(r => r.Id).ToList());
    }

    private static string? Check(DateOnly from, DateOnly to) =>
        to < from ? "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc."
        : to.DayNumber - from.DayNumber > 366 ? "Kỳ tính chỉ số tối đa một năm."
        : null;

    private sealed record Counts(int Numerator, int Denominator, int Rated = 0);

    /// <summary>
    /// The panel's numbers counted by SQLite (aggregates over only the columns needed), the same sets <see cref="SetsAsync"/>
    /// lists when a number is clicked. A result without a recorded outcome class is judged by the working calendar in memory,
    /// as <see cref="Ii06a.Classify"/> does; only those rare rows are read one by one.
    /// </summary>
    private async Task<Dictionary<string, Counts>> CountsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = VnTime.At(from, TimeOnly.MinValue);
        var end = VnTime.At(to.AddDays(1), TimeOnly.MinValue);
        await using var db = await factory.CreateDbContextAsync(ct);

        // Report II.06a's dossiers for the period (ResolutionReportService's filter), classed as Ii06a.Classify classes them:
        // 1 early, 2 on time, 3 late, 4 in progress within, 5 in progress overdue, 9 a result without an outcome class.
        var counted = db.Dossiers.AsNoTracking()
            .Where(d => d.ReceivedAt < end)
            .Where(d => !(d.ResultReadyAt != null && d.ResultReadyAt < start))
            .Where(d => !((d.Status == DossierStatus.Refused || d.Status == DossierStatus.Withdrawn) && d.ResultReadyAt == null && d.FinishedAt < start));
        var groups = await counted
            .Select(d => new
            {
                Cls = d.ResultReadyAt != null && d.ResultReadyAt < end
                    ? (d.Outcome == OutcomeClass.Early ? 1 : d.Outcome == OutcomeClass.OnTime ? 2 : d.Outcome == OutcomeClass.Late ? 3 : 9)
                    : (d.Status == DossierStatus.Refused || d.Status == DossierStatus.Withdrawn) && d.ResultReadyAt == null
                        && d.FinishedAt != null && d.FinishedAt < end
                        ? (d.FinishedAt <= d.OriginalDueAt ? 2 : 3)
                        : (d.OriginalDueAt >= end ? 4 : 5),
                Id = d.Outcome == null && d.ResultReadyAt != null && d.ResultReadyAt < end ? d.Id : 0L,
                Received = d.ReceivedAt >= start,
                Online = d.Channel == ReceptionChannel.Online,
                NotSatisfied = db.ServiceRatings.Any(r => r.DossierId == d.Id && r.Level == SatisfactionLevel.NotSatisfied),
                Rated = db.ServiceRatings.Count(r => r.DossierId == d.Id),
            })
            .GroupBy(x => new { x.Cls, x.Id, x.Received, x.Online, x.NotSatisfied })
            .Select(g => new { g.Key.Cls, g.Key.Id, g.Key.Received, g.Key.Online, g.Key.NotSatisfied, Count = g.Count(), Rated = g.Sum(x => x.Rated) })
            .ToListAsync(ct);
        var unclassed = groups.Where(g => g.Cls == 9).Select(g => g.Id).ToList();
        var calendarClass = new Dictionary<long, Ii06aClass>();
        foreach (var chunk in unclassed.Chunk(500))
            foreach (var f in await counted.Where(d => chunk.Contains(d.Id))
                         .Select(d => new DossierFacts(d.Id, d.Channel, d.Status, d.ReceivedAt, d.OriginalDueAt, d.ResultReadyAt, d.FinishedAt, d.Outcome))
                         .ToListAsync(ct))
                calendarClass[f.Id] = Ii06a.Classify(f, start, end);
        var classed = groups.Select(g => new
        {
            Class = g.Cls switch
            {
                1 => Ii06aClass.Early, 2 => Ii06aClass.OnTime, 3 => Ii06aClass.Late, 4 => Ii06aClass.InProgressWithin, 5 => Ii06aClass.InProgressOverdue,
                _ => calendarClass.GetValueOrDefault(g.Id, Ii06aClass.NotCounted),
            },
            g.Received, g.Online, g.NotSatisfied, g.Count, g.Rated,
        }).Where(g => g.Class != Ii06aClass.NotCounted).ToList();
        var total = classed.Sum(g => g.Count);
        var timely = classed.Where(g => Ii06a.IsTimely(g.Class)).Sum(g => g.Count);
        var resolved = classed.Where(g => Ii06a.IsResolved(g.Class)).ToList();
        var satisfied = resolved.Where(g => g.Class != Ii06aClass.Late && !g.NotSatisfied).Sum(g => g.Count);
        var received = classed.Where(g => g.Received).Sum(g => g.Count);
        var online = classed.Where(g => g.Received && g.Online).Sum(g => g.Count);

        var receivedRows = db.Dossiers.AsNoTracking().Where(d => d.ReceivedAt >= start && d.ReceivedAt < end);
        var digitised = await Scanning.DigitisationQueries.WhereFullyDigitised(db, receivedRows, true).CountAsync(ct);

        var withResultRows = db.Dossiers.AsNoTracking().Where(d => d.ReceivedAt < end && d.ResultReadyAt >= start && d.ResultReadyAt < end);
        var withResult = await withResultRows.CountAsync(ct);
        var resultScanned = await withResultRows.CountAsync(d => db.Attachments.Any(a => a.DossierId == d.Id && a.IsResult), ct);

        var payments = db.Payments.AsNoTracking().Where(p => p.At >= start && p.At < end && p.Method != PaymentMethod.Exempt);
        var paid = await payments.Select(p => p.DossierId).Distinct().CountAsync(ct);
        var transfer = await payments.Where(p => p.Method == PaymentMethod.Transfer).Select(p => p.DossierId).Distinct().CountAsync(ct);

        return new Dictionary<string, Counts>(StringComparer.Ordinal)
        {
            [Progress] = new(timely, total),
            [ScannedDossiers] = new(digitised, received),
            [DigitisedResults] = new(resultScanned, withResult),
            [Online] = new(online, received),
            [Cashless] = new(transfer, paid),
            [Satisfaction] = new(satisfied, resolved.Sum(g => g.Count), resolved.Sum(g => g.Rated)),
        };
    }

    private sealed record IdSets(HashSet<long> Numerator, HashSet<long> Denominator, int Rated = 0);

    private async Task<Dictionary<string, IdSets>> SetsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = VnTime.At(from, TimeOnly.MinValue);
        var end = VnTime.At(to.AddDays(1), TimeOnly.MinValue);
        await using var db = await factory.CreateDbContextAsync(ct);

        // The dossiers report II.06a counts for the period (the same filter as ResolutionReportService), classified in memory.
        var facts = await db.Dossiers.AsNoTracking()
            .Where(d => d.ReceivedAt < end)
            .Where(d => !(d.ResultReadyAt != null && d.ResultReadyAt < start))
            .Where(d => !((d.Status == DossierStatus.Refused || d.Status == DossierStatus.Withdrawn) && d.ResultReadyAt == null && d.FinishedAt < start))
            .Select(d => new DossierFacts(d.Id, d.Channel, d.Status, d.ReceivedAt, d.OriginalDueAt, d.ResultReadyAt, d.FinishedAt, d.Outcome))
            .ToListAsync(ct);
        var classes = facts.Select(f => (f.Id, Class: Ii06a.Classify(f, start, end))).Where(x => x.Class != Ii06aClass.NotCounted).ToList();
        var counted = classes.Select(x => x.Id).ToHashSet();
        var timely = classes.Where(x => Ii06a.IsTimely(x.Class)).Select(x => x.Id).ToHashSet();
        var resolved = classes.Where(x => Ii06a.IsResolved(x.Class)).Select(x => x.Id).ToHashSet();
        var late = classes.Where(x => x.Class == Ii06aClass.Late).Select(x => x.Id).ToHashSet();

        var receivedFacts = facts.Where(f => f.ReceivedAt >= start).ToList();
        var received = receivedFacts.Select(f => f.Id).ToHashSet();
        var online = receivedFacts.Where(f => f.Channel == ReceptionChannel.Online).Select(f => f.Id).ToHashSet();

        // Digitisation: every paper handed in (checklist item provided) has at least one scan (ScanService's "Đã số hóa đủ").
        var checklists = await db.Dossiers.AsNoTracking().Where(d => d.ReceivedAt >= start && d.ReceivedAt < end)
            .Select(d => new { d.Id, d.Checklist }).ToListAsync(ct);
        var scanned = (await db.Attachments.AsNoTracking()
                .Where(a => a.ItemIndex != null)
                .Join(db.Dossiers.Where(d => d.ReceivedAt >= start && d.ReceivedAt < end), a => a.DossierId, d => d.Id, (a, d) => new { a.DossierId, a.ItemIndex })
                .Distinct().ToListAsync(ct))
            .ToLookup(a => a.DossierId, a => a.ItemIndex!.Value);
        var digitised = checklists.Where(c =>
        {
            var provided = c.Checklist.Select((item, i) => (item, i)).Where(x => x.item.Provided).Select(x => x.i).ToList();
            var have = scanned[c.Id].ToHashSet();
            return provided.Count > 0 && provided.All(have.Contains);
        }).Select(c => c.Id).ToHashSet();

        var withResult = facts.Where(f => f.ResultReadyAt >= start && f.ResultReadyAt < end).Select(f => f.Id).ToHashSet();
        var resultScanned = (await db.Attachments.AsNoTracking().Where(a => a.IsResult)
                .Join(db.Dossiers.Where(d => d.ResultReadyAt >= start && d.ResultReadyAt < end), a => a.DossierId, d => d.Id, (a, d) => a.DossierId)
                .Distinct().ToListAsync(ct)).ToHashSet();

        var payments = await db.Payments.AsNoTracking().Where(p => p.At >= start && p.At < end && p.Method != PaymentMethod.Exempt)
            .Select(p => new { p.DossierId, p.Method }).ToListAsync(ct);
        var paid = payments.Select(p => p.DossierId).ToHashSet();
        var transfer = payments.Where(p => p.Method == PaymentMethod.Transfer).Select(p => p.DossierId).ToHashSet();

        var notSatisfied = new HashSet<long>();
        var rated = 0;
        foreach (var chunk in resolved.Chunk(500))
        {
            var rs = await db.ServiceRatings.AsNoTracking().Where(r => chunk.Contains(r.DossierId)).Select(r => new { r.DossierId, r.Level }).ToListAsync(ct);
            rated += rs.Count;
            notSatisfied.UnionWith(rs.Where(r => r.Level == SatisfactionLevel.NotSatisfied).Select(r => r.DossierId));
        }
        var satisfied = resolved.Where(id => !late.Contains(id) && !notSatisfied.Contains(id)).ToHashSet();

        return new Dictionary<string, IdSets>(StringComparer.Ordinal)
        {
            [Progress] = new(timely, counted),
            [ScannedDossiers] = new(digitised, received),
            [DigitisedResults] = new(resultScanned.Where(withResult.Contains).ToHashSet(), withResult),
            [Online] = new(online, received),
            [Cashless] = new(transfer, paid),
            [Satisfaction] = new(satisfied, resolved, rated),
        };
    }

    /// <summary>A share as the panel prints it: "87,5 %".</summary>
    public static string Percent(double? share) => share is { } s ? s.ToString("0.0 %", VnTime.Culture) : "—";

    /// <summary>Points as the panel prints them: "17,50".</summary>
    public static string PointsText(double? points) => points is { } p ? p.ToString("0.00", VnTime.Culture) : "—";

}
