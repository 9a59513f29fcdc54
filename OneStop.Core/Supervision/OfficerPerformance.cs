using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Calendar;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;
using OneStop.Core.Ratings;

namespace OneStop.Core.Supervision;

/// <summary>
/// One officer's work in a period. Received counts dossiers the officer received; results are the dossiers whose result
/// the officer marked ready in the period (the trail's ResultReady event), judged early/on time or late as II.06a judges
/// them; returned counts the returns the officer made; the average working hours run from reception to the result, on the
/// centre's working calendar; overdue is what the officer holds now.
/// </summary>
public sealed record OfficerRow(string UserName, string Name, int Received, int Results, int ResultsOnTime, int ResultsLate, int Returned,
    double? AverageWorkingHours, int OverdueHeldNow, int VerySatisfied, int Satisfied, int NotSatisfied)
{
    public double? OnTimeShare => Results == 0 ? null : (double)ResultsOnTime / Results;
    public int Ratings => VerySatisfied + Satisfied + NotSatisfied;
}

/// <summary>Who sees which officers: Supervisor and Leader everyone; anyone else only their own row (from Core, rendered by the page).</summary>
public static class PerformancePermissions
{
    public static bool SeesEveryone(Officer by) => by.HasAny([Roles.Supervisor, Roles.Leader]);

    public static bool CanOpen(Officer by) => by.HasAny([Roles.Supervisor, Roles.Leader, Roles.Specialist, Roles.CounterOfficer]);
}

public sealed class OfficerPerformance(IDbContextFactory<OneStopDbContext> factory, CalendarService calendars, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<OfficerRow>>> BuildAsync(DateOnly from, DateOnly to, Officer by, CancellationToken ct = default)
    {
        if (!PerformancePermissions.CanOpen(by)) return Result<IReadOnlyList<OfficerRow>>.Invalid("Tài khoản của bạn không xem được hiệu suất cán bộ.");
        if (to < from) return Result<IReadOnlyList<OfficerRow>>.Invalid("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.");
        if (to.DayNumber - from.DayNumber > 366) return Result<IReadOnlyList<OfficerRow>>.Invalid("Kỳ tối đa một năm.");
        var start = VnTime.At(from, TimeOnly.MinValue);
        var end = VnTime.At(to.AddDays(1), TimeOnly.MinValue);
        var now = clock.GetUtcNow();
        var calendar = await calendars.LoadAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);

        var received = await db.Dossiers.AsNoTracking().Where(d => d.ReceivedAt >= start && d.ReceivedAt < end)
            .GroupBy(d => new { d.ReceivedBy, d.ReceivedByName }).Select(g => new { g.Key.ReceivedBy, g.Key.ReceivedByName, Count = g.Count() })
            .ToListAsync(ct);
        var results = await db.DossierEvents.AsNoTracking()
            .Where(e => e.Kind == DossierEventKinds.ResultReady && e.At >= start && e.At < end)
            .Join(db.Dossiers, e => e.DossierId, d => d.Id, (e, d) => new { e.Actor, e.ActorName, d.Outcome, d.ReceivedAt, d.ResultReadyAt })
            .ToListAsync(ct);
        var returned = await db.DossierEvents.AsNoTracking().Where(e => e.Kind == DossierEventKinds.Returned && e.At >= start && e.At < end)
            .GroupBy(e => new { e.Actor, e.ActorName }).Select(g => new { g.Key.Actor, g.Key.ActorName, Count = g.Count() }).ToListAsync(ct);
        var overdue = await db.Dossiers.AsNoTracking().Where(d => d.AssignedTo != null).Where(DossierRules.OverdueAt(now))
            .GroupBy(d => new { d.AssignedTo, d.AssignedToName }).Select(g => new { g.Key.AssignedTo, g.Key.AssignedToName, Count = g.Count() })
            .ToListAsync(ct);
        var ratings = await db.ServiceRatings.AsNoTracking().Where(r => r.RatedAt >= start && r.RatedAt < end)
            .GroupBy(r => new { r.OfficerUserName, r.OfficerName, r.Level }).Select(g => new { g.Key.OfficerUserName, g.Key.OfficerName, g.Key.Level, Count = g.Count() })
            .ToListAsync(ct);

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        void Name(string? user, string? name) { if (!string.IsNullOrEmpty(user)) names.TryAdd(user, string.IsNullOrEmpty(name) ? user : name); }
        received.ForEach(r => Name(r.ReceivedBy, r.ReceivedByName));
        results.ForEach(r => Name(r.Actor, r.ActorName));
        returned.ForEach(r => Name(r.Actor, r.ActorName));
        overdue.ForEach(r => Name(r.AssignedTo, r.AssignedToName));
        ratings.ForEach(r => Name(r.OfficerUserName, r.OfficerName));

        var rows = names.Where(n => PerformancePermissions.SeesEveryone(by) || n.Key == by.UserName).Select(n =>
        {
            var mine = results.Where(r => r.Actor == n.Key).ToList();
            var hours = mine.Where(r => r.ResultReadyAt is not null)
                .Select(r => calendar.WorkingMinutesBetween(r.ReceivedAt, r.ResultReadyAt!.Value) / 60).ToList();
            int Rated(SatisfactionLevel l) => ratings.Where(r => r.OfficerUserName == n.Key && r.Level == l).Sum(r => r.Count);
            return new OfficerRow(n.Key, n.Value, received.Where(r => r.ReceivedBy == n.Key).Sum(r => r.Count), mine.Count,
                mine.Count(r => r.Outcome is OutcomeClass.Early or OutcomeClass.OnTime), mine.Count(r => r.Outcome == OutcomeClass.Late),
                returned.Where(r => r.Actor == n.Key).Sum(r => r.Count), hours.Count == 0 ? null : Math.Round(hours.Average(), 1),
                overdue.Where(r => r.AssignedTo == n.Key).Sum(r => r.Count),
                Rated(SatisfactionLevel.VerySatisfied), Rated(SatisfactionLevel.Satisfied), Rated(SatisfactionLevel.NotSatisfied));
        }).OrderBy(r => r.Name, StringComparer.Create(VnTime.Culture, false)).ToList();
        return Result<IReadOnlyList<OfficerRow>>.Ok(rows);
    }
}
