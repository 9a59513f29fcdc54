using OneStop.Core.Calendar;

namespace OneStop.Core.Dossiers;

/// <summary>
/// When the queues flag an open dossier "Cần lập phiếu xin lỗi" (§5 rule 6), in one place: while an apology is still
/// possible (none in force or proposed) and useful (the centre's clock runs and the result is not ready), and
/// <list type="bullet">
/// <item>for a deadline longer than one working day: from one working day before the due instant;</item>
/// <item>for one working day or less (same day, a few hours): once less than half of the deadline is left, so a
/// dossier received minutes ago whose whole deadline is today is not flagged at once.</item>
/// </list>
/// </summary>
public static class ApologyRule
{
    /// <param name="deadlineMinutes">Working minutes from the start of the clock to the due instant (<see cref="DeadlineMinutes"/>).</param>
    /// <param name="minutesLeft">Working minutes from now to the due instant; negative once it has passed.</param>
    public static bool IsNeeded(DossierStatus status, ApologyState apology, double deadlineMinutes, double minutesLeft)
    {
        if (!DossierStatuses.ClockRuns(status)) return false;
        if (apology is not (ApologyState.None or ApologyState.Rejected)) return false;
        return deadlineMinutes > WorkingCalendar.MinutesPerWorkingDay
            ? minutesLeft < WorkingCalendar.MinutesPerWorkingDay
            : minutesLeft < deadlineMinutes / 2;
    }

    /// <summary>
    /// The deadline's length in working minutes: from the start of the clock to the due instant. After a completed
    /// supplement the clock restarted (rule 5) at a moment not kept on the dossier; the request's moment bounds it from
    /// below, so the length read from there is at most a little long.
    /// </summary>
    public static double DeadlineMinutes(WorkingCalendar calendar, DateTimeOffset receivedAt, DateTimeOffset? supplementRequestedAt,
        DateTimeOffset dueAt) =>
        calendar.WorkingMinutesBetween(calendar.StartOfClock(supplementRequestedAt ?? receivedAt), dueAt);
}
