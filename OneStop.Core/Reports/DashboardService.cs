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
        var todayStart = VnTime.At(today, TimeOnly.MinValue);
        var monthStartAt = VnTime.At(monthStart, TimeOnly.MinValue);

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

        var returned = rows.Where(d => d.Status == DossierStatus.Returned && d.FinishedAt >= monthStartAt);
        var returnedMonth = await returned.CountAsync(ct);
        var returnedToday = await returned.CountAsync(d => d.FinishedAt >= todayStart, ct);

        // Unpaid (PaymentService.StatusOf): a fee is due, nothing recorded, no exemption; refused and withdrawn dossiers owe nothing.
        var unpaid = await rows.Where(d => d.FeeTotal > 0 && d.FeeExemptReason == null
                && d.Status != DossierStatus.Refused && d.Status != DossierStatus.Withdrawn
                && !db.Payments.Any(p => p.DossierId == d.Id))
            .CountAsync(ct);

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
            overdue, loads, month);
    }
}
