using System.Linq.Expressions;
using OneStop.Core.Calendar;

namespace OneStop.Core.Dossiers;

/// <summary>
/// Which dossiers are open, overdue, due soon or due on a day (§5 rule 8 with rule 5), written once:
/// as expressions for EF queries and as methods for rows already in memory. The queues, the home page
/// counts and the dossier page all ask here, so they cannot disagree.
/// </summary>
public static class DossierRules
{
    /// <summary>The centre still owes work: the result is not ready (waiting for a supplement included).</summary>
    public static Expression<Func<Dossier, bool>> Open { get; } = d => DossierStatuses.Open.Contains(d.Status);

    /// <summary>Overdue at <paramref name="now"/>: the clock runs (not waiting for a supplement) and now &gt; the due instant.</summary>
    public static Expression<Func<Dossier, bool>> OverdueAt(DateTimeOffset now) =>
        d => DossierStatuses.ClockRunning.Contains(d.Status) && d.DueAt < now;

    /// <inheritdoc cref="OverdueAt"/>
    public static bool IsOverdue(DossierStatus status, DateTimeOffset dueAt, DateTimeOffset now) =>
        DossierStatuses.ClockRuns(status) && now > dueAt;

    /// <summary>
    /// Due soon: the clock runs, not overdue, and less than one working day left, i.e. due before
    /// <paramref name="dueSoonLimit"/> = <see cref="DueSoonLimit"/>(now) (the working-time walk is monotonic).
    /// </summary>
    public static Expression<Func<Dossier, bool>> DueSoonAt(DateTimeOffset now, DateTimeOffset dueSoonLimit) =>
        d => DossierStatuses.ClockRunning.Contains(d.Status) && d.DueAt >= now && d.DueAt < dueSoonLimit;

    /// <summary>The instant one working day after <paramref name="now"/>: a dossier due before it is due soon.</summary>
    public static DateTimeOffset DueSoonLimit(WorkingCalendar calendar, DateTimeOffset now) =>
        calendar.AddWorkingMinutes(calendar.StartOfClock(now), WorkingCalendar.MinutesPerWorkingDay);

    /// <summary>Urgency of a row whose working time left is known (negative once past the due instant).</summary>
    public static Urgency UrgencyOf(DossierStatus status, DateTimeOffset dueAt, DateTimeOffset now, double workingMinutesLeft) =>
        !DossierStatuses.ClockRuns(status) ? Urgency.Normal
        : IsOverdue(status, dueAt, now) ? Urgency.Overdue
        : workingMinutesLeft < WorkingCalendar.MinutesPerWorkingDay ? Urgency.DueSoon
        : Urgency.Normal;

    /// <summary>Due on the Viet Nam date <paramref name="day"/> while the clock runs ("Đến hạn hôm nay").</summary>
    public static Expression<Func<Dossier, bool>> DueOn(DateOnly day) =>
        d => DossierStatuses.ClockRunning.Contains(d.Status) && d.DueDate == day;

    /// <summary>The result is ready and waits at the counter.</summary>
    public static Expression<Func<Dossier, bool>> AwaitingReturn { get; } = d => d.Status == DossierStatus.ResultReady;
}
