using Microsoft.EntityFrameworkCore;
using OneStop.Core.Accounts;
using OneStop.Core.Calendar;
using OneStop.Core.Common;
using OneStop.Core.Persistence;
using OneStop.Core.Scanning;

namespace OneStop.Core.Dossiers;

public enum QueueKind { Mine, AwaitingHandOver, DueSoon, Overdue, AwaitingSupplement, AwaitingReturn }

public enum Urgency { Normal, DueSoon, Overdue }

public enum QueueSort { DueFirst, NewestFirst, OldestFirst, Code }

public sealed record QueueFilter(
    string? Search = null, string? FieldCode = null, int? ProcedureId = null, string? Officer = null,
    DateOnly? ReceivedFrom = null, DateOnly? ReceivedTo = null, QueueSort Sort = QueueSort.DueFirst,
    bool? FullyDigitised = null, bool? ResultDigitised = null);

/// <summary>One row of a work queue; colour and the apology flag come from the working calendar, not the page.</summary>
public sealed record QueueItem(
    long Id, string Code, string ApplicantName, string ProcedureName, string FieldCode, DossierStatus Status,
    DateTimeOffset ReceivedAt, DateTimeOffset DueAt, string? HolderRole, string? AssignedToName, bool Accepted,
    double WorkingMinutesLeft, Urgency Urgency, bool NeedsApology, int Version)
{
    /// <summary>Every paper handed in has a scan ("đã số hóa đủ"); the rule is <see cref="DigitisationRule"/>.</summary>
    public bool FullyDigitised { get; init; }
    /// <summary>Papers handed in without a scan yet ("thiếu N mục").</summary>
    public int MissingScans { get; init; }
    /// <summary>"Kết quả đã số hóa".</summary>
    public bool ResultDigitised { get; init; }
}

/// <summary>The work queues of §6: what each person has, what waits for them, what is due or overdue.</summary>
public sealed class DossierQueues(IDbContextFactory<OneStopDbContext> factory, CalendarService calendars, TimeProvider clock)
{
    public static string Title(QueueKind k) => k switch
    {
        QueueKind.Mine => "Hồ sơ của tôi",
        QueueKind.AwaitingHandOver => "Chờ nhận bàn giao",
        QueueKind.DueSoon => "Sắp đến hạn",
        QueueKind.Overdue => "Quá hạn",
        QueueKind.AwaitingSupplement => "Chờ bổ sung",
        _ => "Chờ trả kết quả",
    };

    /// <summary>Supervisors and leaders watch the whole centre; others see their own and their role's dossiers.</summary>
    private static bool SeesAll(IReadOnlyCollection<string> roles) => roles.Contains(Roles.Supervisor) || roles.Contains(Roles.Leader);

    private static IQueryable<Dossier> Scope(OneStopDbContext db, QueueKind kind, string user, IReadOnlyCollection<string> roles,
        DateTimeOffset now, DateTimeOffset dueSoonLimit)
    {
        var rows = db.Dossiers.AsNoTracking();
        var mineOrRole = rows.Where(d => d.AssignedTo == user || (d.AssignedTo == null && d.HolderRole != null && roles.Contains(d.HolderRole)));
        return Scope(rows, SeesAll(roles) ? rows : mineOrRole, kind, user, now, dueSoonLimit);
    }

    /// <summary>The one definition of each queue; <paramref name="watched"/> is what the person watches (the whole centre or theirs).</summary>
    private static IQueryable<Dossier> Scope(IQueryable<Dossier> rows, IQueryable<Dossier> watched, QueueKind kind, string? user,
        DateTimeOffset now, DateTimeOffset dueSoonLimit) => kind switch
    {
        QueueKind.Mine => rows.Where(DossierRules.Open).Where(d => d.AssignedTo == user && d.Accepted),
        QueueKind.AwaitingHandOver => watched.Where(d => d.Status == DossierStatus.InProgress && !d.Accepted),
        QueueKind.DueSoon => watched.Where(DossierRules.DueSoonAt(now, dueSoonLimit)),
        QueueKind.Overdue => watched.Where(DossierRules.OverdueAt(now)),
        QueueKind.AwaitingSupplement => watched.Where(d => d.Status == DossierStatus.SupplementRequested),
        _ => rows.Where(DossierRules.AwaitingReturn),
    };

    /// <summary>
    /// The home page's counts for the whole centre: "Quá hạn" and "Chờ trả kết quả" are the supervisor's queues
    /// (the same query), so the home page and the queues cannot disagree.
    /// </summary>
    public async Task<HomeSummary> SummaryAsync(CancellationToken ct = default)
    {
        var (now, limit, _) = await NowAsync(ct);
        var today = VnTime.DateOf(now);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = db.Dossiers.AsNoTracking();
        return new HomeSummary(
            ReceivedToday: await rows.CountAsync(d => d.ReceivedDate == today, ct),
            DueToday: await rows.Where(DossierRules.DueOn(today)).CountAsync(ct),
            Overdue: await Scope(rows, rows, QueueKind.Overdue, null, now, limit).CountAsync(ct),
            Open: await rows.Where(DossierRules.Open).CountAsync(ct),
            ReadyToReturn: await Scope(rows, rows, QueueKind.AwaitingReturn, null, now, limit).CountAsync(ct));
    }

    public async Task<IReadOnlyDictionary<QueueKind, int>> CountsAsync(string user, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        var (now, limit, _) = await NowAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var counts = new Dictionary<QueueKind, int>();
        foreach (var k in Enum.GetValues<QueueKind>())
            counts[k] = await Scope(db, k, user, roles, now, limit).CountAsync(ct);
        return counts;
    }

    public async Task<IReadOnlyList<QueueItem>> ListAsync(QueueKind kind, string user, IReadOnlyCollection<string> roles, QueueFilter filter,
        int limit = 300, CancellationToken ct = default)
    {
        var (now, dueSoonLimit, calendar) = await NowAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = Scope(db, kind, user, roles, now, dueSoonLimit);
        if (!string.IsNullOrWhiteSpace(filter.FieldCode)) rows = rows.Where(d => d.FieldCode == filter.FieldCode);
        if (filter.ProcedureId is { } pid) rows = rows.Where(d => d.ProcedureId == pid);
        if (!string.IsNullOrWhiteSpace(filter.Officer)) rows = rows.Where(d => d.AssignedTo == filter.Officer || d.ReceivedBy == filter.Officer);
        if (filter.ReceivedFrom is { } from) rows = rows.Where(d => d.ReceivedDate >= from);
        if (filter.ReceivedTo is { } to) rows = rows.Where(d => d.ReceivedDate <= to);
        rows = DossierSearch.Apply(db, rows, filter.Search);
        if (filter.FullyDigitised is { } fully) rows = DigitisationQueries.WhereFullyDigitised(db, rows, fully);
        if (filter.ResultDigitised is { } result) rows = DigitisationQueries.WhereResultDigitised(db, rows, result);
        rows = filter.Sort switch
        {
            QueueSort.NewestFirst => rows.OrderByDescending(d => d.ReceivedAt),
            QueueSort.OldestFirst => rows.OrderBy(d => d.ReceivedAt),
            QueueSort.Code => rows.OrderBy(d => d.Code),
            _ => rows.OrderBy(d => d.DueAt),
        };
        // Order and cut on the index first, then read only the rows shown (a queue can hold thousands).
        var ids = await rows.Select(d => d.Id).Take(limit).ToListAsync(ct);
        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var raw = (await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new
        {
            d.Id, d.Code, d.ApplicantName, d.ProcedureName, d.FieldCode, d.Status, d.ReceivedAt, d.DueAt, d.HolderRole,
            d.AssignedToName, d.Accepted, d.Apology, d.Version, d.SupplementRequestedAt, d.Checklist,
        }).ToListAsync(ct)).OrderBy(d => order[d.Id]).ToList();
        var digitised = await DigitisationQueries.OfAsync(db, raw.ToDictionary(d => d.Id, d => d.Checklist), ct);
        return raw.Select(d =>
        {
            var left = calendar.WorkingMinutesBetween(now, d.DueAt);
            var g = digitised.GetValueOrDefault(d.Id);
            var urgency = DossierRules.UrgencyOf(d.Status, d.DueAt, now, left);
            var needsApology = DossierStatuses.ClockRuns(d.Status) && ApologyRule.IsNeeded(d.Status, d.Apology,
                ApologyRule.DeadlineMinutes(calendar, d.ReceivedAt, d.SupplementRequestedAt, d.DueAt), left);
            return new QueueItem(d.Id, d.Code, d.ApplicantName, d.ProcedureName, d.FieldCode, d.Status, d.ReceivedAt, d.DueAt,
                d.HolderRole, d.AssignedToName, d.Accepted, left, urgency, needsApology, d.Version)
            {
                FullyDigitised = g?.FullyDigitised ?? false,
                MissingScans = g?.MissingCount ?? 0,
                ResultDigitised = g?.ResultDigitised ?? false,
            };
        }).ToList();
    }

    private async Task<(DateTimeOffset Now, DateTimeOffset DueSoonLimit, WorkingCalendar Calendar)> NowAsync(CancellationToken ct)
    {
        var now = VnTime.Now(clock);
        var calendar = await calendars.LoadAsync(ct);
        return (now, DossierRules.DueSoonLimit(calendar, now), calendar);
    }
}

/// <summary>Search by code, CCCD, phone or applicant name (FTS5 over the folded name), shared by every list.</summary>
public static class DossierSearch
{
    public static IQueryable<Dossier> Apply(OneStopDbContext db, IQueryable<Dossier> rows, string? query)
    {
        var q = (query ?? "").Trim();
        if (q.Length == 0) return rows;
        var digits = new string(q.Where(char.IsAsciiDigit).ToArray());
        if (DossierCode.TryParse(q, out var code))
            return rows.Where(d => d.Code == code.Value.Value);
        if (q.Contains('-', StringComparison.Ordinal) && q.Any(char.IsAsciiDigit))
        {
            var upper = q.ToUpperInvariant();
            return rows.Where(d => d.Code.StartsWith(upper));
        }
        if (digits.Length == 12 && digits.Length == q.Replace(" ", "", StringComparison.Ordinal).Length)
            return rows.Where(d => d.ApplicantIdNumber == digits);
        if (PhoneNumber.TryParse(q, out var phone))
            return rows.Where(d => d.ApplicantPhone == phone.Value.Value);
        var match = SearchIndex.MatchExpression(VietnameseText.Fold(q));
        if (match.Length == 0) return rows.Where(_ => false);
        var ids = db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM DossierSearch WHERE DossierSearch MATCH {match}");
        return rows.Where(d => ids.Contains(d.Id));
    }
}
