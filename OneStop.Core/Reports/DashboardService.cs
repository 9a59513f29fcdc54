using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Calendar;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Core.Reports;

/// <summary>Who may see the centre-wide supervision views (dashboard, II.06a, indicators).</summary>
public static class SupervisorPermissions
{
    /// <summary>The dashboard and the centre's figures: Supervisor and Leader only.</summary>
    public static bool CanSeeDashboard(IEnumerable<string> roles) => roles.Any(r => r is Roles.Supervisor or Roles.Leader);
}

/// <summary>A count for today and this month.</summary>
public sealed record TodayAndMonth(int Today, int Month);

/// <summary>An overdue dossier with who holds it and how late it is in working days (one decimal).</summary>
public sealed record OverdueDossier(long Id, string Code, string ApplicantName, string ProcedureName, string? Officer, double WorkingDaysLate);

/// <summary>What one officer holds now.</summary>
public sealed record OfficerLoad(string Officer, int Holding, int Overdue, int ReceivedThisMonth);

/// <summary>Dossiers received and resolved (result ready, or refused or withdrawn) on one day.</summary>
public sealed record DailyFlow(DateOnly Day, int Received, int Resolved);

/// <summary>Results of one month by outcome class (judged as II.06a judges them).</summary>
public sealed record MonthlyOutcomes(int Year, int Month, int Early, int OnTime, int Late);

/// <summary>The lists behind the dashboard's tiles that are not work queues.</summary>
public enum DashboardList { ReceivedToday, ReceivedMonth, ReturnedToday, ReturnedMonth, DueToday, Unpaid }

/// <summary>A dossier in a dashboard list.</summary>
public sealed record DashboardDossier(long Id, string Code, string ApplicantName, string ProcedureName, ReceptionChannel Channel,
    DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DossierStatus Status, string? Officer);

/// <summary>The supervisor's dashboard at <see cref="At"/>.</summary>
public sealed record Dashboard(
    DateTimeOffset At,
    DateOnly MonthStart,
    IReadOnlyDictionary<ReceptionChannel, TodayAndMonth> Received,
    TodayAndMonth Returned,
    int DueToday,
    IReadOnlyDictionary<QueueKind, int> Queues,
    int UnpaidFees,
    IReadOnlyList<OverdueDossier> Overdue,
    IReadOnlyList<OfficerLoad> Officers,
    ResolutionReport Month)
{
    /// <summary>On-time share of the month so far (§8): (early + on time + in progress within deadline) / received, open overdue included.</summary>
    public double? OnTimeShare => Month.Total.OnTimeShare;

    /// <summary>The last 30 days, oldest first.</summary>
    public IReadOnlyList<DailyFlow> Daily { get; init; } = [];

    /// <summary>The last six months (this one included), oldest first.</summary>
    public IReadOnlyList<MonthlyOutcomes> Outcomes { get; init; } = [];
}

/// <summary>
/// The supervisor's dashboard. The queue counts and the overdue list are <see cref="DossierQueues"/>' own queries run as a
/// supervisor, so a number and the queue its link opens agree by construction; the month's figures are report II.06a's.
/// </summary>
public sealed class DashboardService(IDbContextFactory<OneStopDbContext> factory, DossierQueues queues, ResolutionReportService reports,
    TimeProvider clock)
{
    private static readonly string[] Watcher = [Roles.Supervisor];

    public async Task<Dashboard> LoadAsync(CancellationToken ct = default)
    {
        var now = VnTime.Now(clock);
        var today = VnTime.DateOf(now);
        var monthStart = new DateOnly(today.Year, today.Month, 1);

        var summary = await queues.SummaryAsync(ct);
        var counts = await queues.CountsAsync("", Watcher, ct);
        var overdueItems = await queues.ListAsync(QueueKind.Overdue, "", Watcher, new QueueFilter(), limit: 50, ct: ct);

        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = db.Dossiers.AsNoTracking();
        var byChannel = await rows.Where(d => d.ReceivedDate >= monthStart)
            .GroupBy(d => d.Channel)
            .Select(g => new { g.Key, Today = g.Count(d => d.ReceivedDate == today), Month = g.Count() })
            .ToListAsync(ct);
        var received = Enum.GetValues<ReceptionChannel>().ToDictionary(c => c,
            c => byChannel.FirstOrDefault(x => x.Key == c) is { } x ? new TodayAndMonth(x.Today, x.Month) : new TodayAndMonth(0, 0));

        var returnedMonth = await Filter(db, DashboardList.ReturnedMonth, null, now).CountAsync(ct);
        var returnedToday = await Filter(db, DashboardList.ReturnedToday, null, now).CountAsync(ct);
        var unpaid = await Filter(db, DashboardList.Unpaid, null, now).CountAsync(ct);

        var officers = await rows.Where(DossierRules.Open).Where(d => d.AssignedToName != null)
            .GroupBy(d => d.AssignedToName!)
            .Select(g => new { Officer = g.Key, Holding = g.Count(), Overdue = g.Count(d => DossierStatuses.ClockRunning.Contains(d.Status) && d.DueAt < now) })
            .ToListAsync(ct);
        var receivedBy = await rows.Where(d => d.ReceivedDate >= monthStart && d.ReceivedByName != null)
            .GroupBy(d => d.ReceivedByName!).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var names = officers.Select(o => o.Officer).Union(receivedBy.Select(r => r.Key)).Order(StringComparer.Create(VnTime.Culture, false));
        var loads = names.Select(n => new OfficerLoad(n, officers.FirstOrDefault(o => o.Officer == n)?.Holding ?? 0,
            officers.FirstOrDefault(o => o.Officer == n)?.Overdue ?? 0, receivedBy.FirstOrDefault(r => r.Key == n)?.Count ?? 0)).ToList();

        var month = (await reports.BuildAsync(monthStart, today, ct)).Value!;
        var overdue = overdueItems.Select(i => new OverdueDossier(i.Id, i.Code, i.ApplicantName, i.ProcedureName, i.AssignedToName,
            Math.Round(-i.WorkingMinutesLeft / WorkingCalendar.MinutesPerWorkingDay, 1))).ToList();

        return new Dashboard(now, monthStart, received, new TodayAndMonth(returnedToday, returnedMonth), summary.DueToday, counts, unpaid,
            overdue, loads, month)
        {
            Daily = await DailyAsync(db, today, ct),
            Outcomes = await OutcomesAsync(db, monthStart, ct),
        };
    }

    /// <summary>The dossiers behind a tile, newest first; the tile's number is the count of the same query.</summary>
    public async Task<IReadOnlyList<DashboardDossier>> ListAsync(DashboardList list, ReceptionChannel? channel = null, int limit = 500,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Filter(db, list, channel, VnTime.Now(clock)).OrderByDescending(d => d.Id).Take(limit)
            .Select(d => new DashboardDossier(d.Id, d.Code, d.ApplicantName, d.ProcedureName, d.Channel, d.ReceivedAt, d.DueAt, d.Status,
                d.AssignedToName ?? d.ReceivedByName))
            .ToListAsync(ct);
    }

    /// <summary>Vietnamese title of a list.</summary>
    public static string Title(DashboardList list, ReceptionChannel? channel) => list switch
    {
        DashboardList.ReceivedToday => "Hồ sơ tiếp nhận hôm nay",
        DashboardList.ReceivedMonth => "Hồ sơ tiếp nhận tháng này",
        DashboardList.ReturnedToday => "Hồ sơ đã trả kết quả hôm nay",
        DashboardList.ReturnedMonth => "Hồ sơ đã trả kết quả tháng này",
        DashboardList.DueToday => "Hồ sơ đến hạn hôm nay",
        _ => "Hồ sơ chưa nộp phí, lệ phí",
    } + (channel is { } c ? " — " + DossierDocuments.ChannelText(c) : "");

    private static IQueryable<Dossier> Filter(OneStopDbContext db, DashboardList list, ReceptionChannel? channel, DateTimeOffset now)
    {
        var today = VnTime.DateOf(now);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var todayStart = VnTime.At(today, TimeOnly.MinValue);
        var monthStartAt = VnTime.At(monthStart, TimeOnly.MinValue);
        var rows = db.Dossiers.AsNoTracking();
        if (channel is { } c) rows = rows.Where(d => d.Channel == c);
        return list switch
        {
            DashboardList.ReceivedToday => rows.Where(d => d.ReceivedDate == today),
            DashboardList.ReceivedMonth => rows.Where(d => d.ReceivedDate >= monthStart),
            DashboardList.ReturnedToday => rows.Where(d => d.Status == DossierStatus.Returned && d.FinishedAt >= todayStart),
            DashboardList.ReturnedMonth => rows.Where(d => d.Status == DossierStatus.Returned && d.FinishedAt >= monthStartAt),
            DashboardList.DueToday => rows.Where(DossierRules.DueOn(today)),
            // Unpaid (PaymentService.StatusOf): a fee is due, nothing recorded, no exemption; refused and withdrawn dossiers owe nothing.
            _ => rows.Where(d => d.FeeTotal > 0 && d.FeeExemptReason == null
                && d.Status != DossierStatus.Refused && d.Status != DossierStatus.Withdrawn
                && !db.Payments.Any(p => p.DossierId == d.Id)),
        };
    }

    private static async Task<IReadOnlyList<DailyFlow>> DailyAsync(OneStopDbContext db, DateOnly today, CancellationToken ct)
    {
        var first = today.AddDays(-29);
        var firstAt = VnTime.At(first, TimeOnly.MinValue);
        var received = await db.Dossiers.AsNoTracking().Where(d => d.ReceivedDate >= first)
            .GroupBy(d => d.ReceivedDate).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        // Resolved as II.06a counts it: the result ready, or the dossier refused or withdrawn without a result.
        var resolvedAt = await db.Dossiers.AsNoTracking()
            .Where(d => d.ResultReadyAt >= firstAt
                || ((d.Status == DossierStatus.Refused || d.Status == DossierStatus.Withdrawn) && d.ResultReadyAt == null && d.FinishedAt >= firstAt))
            .Select(d => d.ResultReadyAt ?? d.FinishedAt).ToListAsync(ct);
        var resolved = resolvedAt.Where(a => a is not null).GroupBy(a => VnTime.DateOf(a!.Value)).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(0, 30).Select(i => first.AddDays(i))
            .Select(day => new DailyFlow(day, received.GetValueOrDefault(day), resolved.GetValueOrDefault(day))).ToList();
    }

    private static async Task<IReadOnlyList<MonthlyOutcomes>> OutcomesAsync(OneStopDbContext db, DateOnly monthStart, CancellationToken ct)
    {
        // One pass over the six months: a count per outcome class and month, the months' bounds as parameters.
        var b = Enumerable.Range(0, 7).Select(i => VnTime.At(monthStart.AddMonths(i - 5), TimeOnly.MinValue)).ToArray();
        DateTimeOffset b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4], b5 = b[5], b6 = b[6];
        var counts = await db.Dossiers.AsNoTracking().Where(d => d.ResultReadyAt >= b0 && d.ResultReadyAt < b6 && d.Outcome != null)
            .GroupBy(d => d.Outcome)
            .Select(g => new
            {
                g.Key,
                M0 = g.Count(d => d.ResultReadyAt < b1),
                M1 = g.Count(d => d.ResultReadyAt >= b1 && d.ResultReadyAt < b2),
                M2 = g.Count(d => d.ResultReadyAt >= b2 && d.ResultReadyAt < b3),
                M3 = g.Count(d => d.ResultReadyAt >= b3 && d.ResultReadyAt < b4),
                M4 = g.Count(d => d.ResultReadyAt >= b4 && d.ResultReadyAt < b5),
                M5 = g.Count(d => d.ResultReadyAt >= b5),
            })
            .ToListAsync(ct);
        var list = new List<MonthlyOutcomes>();
        for (var i = 0; i < 6; i++)
        {
            var m = monthStart.AddMonths(i - 5);
            int Of(OutcomeClass c) => counts.FirstOrDefault(x => x.Key == c) is { } x
                ? i switch { 0 => x.M0, 1 => x.M1, 2 => x.M2, 3 => x.M3, 4 => x.M4, _ => x.M5 }
                : 0;
            list.Add(new MonthlyOutcomes(m.Year, m.Month, Of(OutcomeClass.Early), Of(OutcomeClass.OnTime), Of(OutcomeClass.Late)));
        }
        return list;
    }
}
