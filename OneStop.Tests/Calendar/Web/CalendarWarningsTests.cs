using OneStop.Core.Calendar;

namespace OneStop.Tests.Calendar.Web;

public sealed class CalendarWarningsTests
{
    // The shipped calendar loads 2025 and 2026 (both confirmed) and nothing for 2027.
    private static readonly WorkingCalendar Official = WorkingCalendar.FromOfficial();

    private static WorkingCalendar With2027(bool confirmed) =>
        new(WeeklySchedule.Default, [new CalendarEntry(new DateOnly(2027, 1, 1), CalendarEntryKind.DayOff, "Tết Dương lịch")],
            [new CalendarYear(2026, true), new CalendarYear(2027, confirmed)], new TimeOnly(15, 0));

    [Theory]
    [InlineData("2026-09-30", false)] // the day before the reminder starts
    [InlineData("2026-10-01", true)]  // 1 October is included
    [InlineData("2026-12-31", true)]  // still missing on New Year's Eve
    [InlineData("2026-01-15", false)] // early in the year nothing is asked
    public void NextYearWarningStartsOnTheFirstOfOctober(string today, bool warns)
    {
        var warning = CalendarWarnings.NextYearWarning(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Official);
        Assert.Equal(warns, warning is not null);
        if (warns) Assert.Contains("Chưa có lịch nghỉ lễ năm 2027", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoadedButUnconfirmedNextYearIsStillWarnedAbout()
    {
        var warning = CalendarWarnings.NextYearWarning(new DateOnly(2026, 10, 5), With2027(confirmed: false));
        Assert.NotNull(warning);
        Assert.Contains("chưa được xác nhận", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AConfirmedNextYearNeedsNoWarning() =>
        Assert.Null(CalendarWarnings.NextYearWarning(new DateOnly(2026, 10, 5), With2027(confirmed: true)));

    [Fact]
    public void ThisYearsCalendarIsNotWhatTheReminderIsAbout() =>
        // 2025's successor (2026) is loaded and confirmed in the shipped calendar.
        Assert.Null(CalendarWarnings.NextYearWarning(new DateOnly(2025, 11, 1), Official));
}
