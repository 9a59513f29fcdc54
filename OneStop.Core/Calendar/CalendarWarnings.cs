namespace OneStop.Core.Calendar;

/// <summary>Reminders about the calendar itself, for the supervisor's page and the home page.</summary>
public static class CalendarWarnings
{
    /// <summary>From this day of the year on (1 October, inclusive) next year's calendar should be ready.</summary>
    public static readonly (int Month, int Day) NextYearReminderFrom = (10, 1);

    /// <summary>
    /// From 1 October (inclusive, Viet Nam date) until 31 December: a Vietnamese warning when next
    /// year's calendar is not loaded, or loaded but not confirmed; null otherwise and before 1 October.
    /// </summary>
    public static string? NextYearWarning(DateOnly today, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (today < new DateOnly(today.Year, NextYearReminderFrom.Month, NextYearReminderFrom.Day)) return null;
        var next = today.Year + 1;
        if (!calendar.IsYearLoaded(next))
            return $"Chưa có lịch nghỉ lễ năm {next}. Hãy nhập lịch năm {next} theo thông báo của Chính phủ; "
                 + "cho đến khi đó, hạn giải quyết rơi vào năm sau chỉ tạm tính theo các ngày lễ cố định.";
        if (!calendar.IsYearConfirmed(next))
            return $"Lịch nghỉ lễ năm {next} đã được nhập nhưng chưa được xác nhận. "
                 + $"Hãy đối chiếu với thông báo của Chính phủ rồi bấm “Xác nhận lịch năm {next}”.";
        return null;
    }
}
