using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using static OneStop.Tests.Calendar.Calendars;

namespace OneStop.Tests.Calendar;

public sealed class CalendarLimitsTests
{
    [Theory]
    [InlineData("0001-01-01 09:00", "3d")]                    // year 1: used to grow the index to years 1–9999
    [InlineData("9999-12-31T16:00:00+07:00", "3d")]           // the last day .NET knows: used to overflow into a 500
    [InlineData("1999-12-31 09:00", "same")]                  // the day before the first supported year
    [InlineData("2100-12-30 09:00", "365d")]                  // received in range, due after the last supported year
    public void QuestionsOutsideTheSupportedYearsAreRefusedWithoutGrowingTheCalendar(string received, string deadline)
    {
        var calendar = WorkingCalendar.FromOfficial();

        var e = Assert.Throws<OutsideCalendarRangeException>(() => calendar.DueAt(At(received), Term(deadline)));

        Assert.Contains("từ 2000 đến 2100", e.Message, StringComparison.Ordinal);
        var (first, last) = calendar.IndexedYears;
        Assert.InRange(first, CalendarLimits.FirstYear, CalendarLimits.LastYear);
        Assert.InRange(last, CalendarLimits.FirstYear, CalendarLimits.LastYear);
    }

    [Theory]
    [InlineData("2000-01-03 09:00", "3d", "2000-01-06 09:00")]   // first supported year (no loaded calendar: fixed holidays only)
    [InlineData("2100-12-27 09:00", "3d", "2100-12-30 09:00")]   // last supported year, due inside it
    public void TheEdgesOfTheSupportedYearsAreAnswered(string received, string deadline, string expected) =>
        Assert.Equal(At(expected), WorkingCalendar.FromOfficial().DueAt(At(received), Term(deadline)));

    [Theory]
    [InlineData(DeadlineKind.WorkingDays, 365, null)]                                     // exactly a year of working days
    [InlineData(DeadlineKind.WorkingDays, 365.5, "số ngày làm việc tối đa là 365 (một năm làm việc)")]         // half a day past the cap
    [InlineData(DeadlineKind.WorkingDays, 10_000_000, "số ngày làm việc tối đa là 365 (một năm làm việc)")]    // the import that used to overflow
    [InlineData(DeadlineKind.WorkingHours, 2920, null)]                                    // 365 × 8 hours
    [InlineData(DeadlineKind.WorkingHours, 2920.5, "số giờ làm việc tối đa là 2920 (365 ngày làm việc)")]       // just past it
    [InlineData(DeadlineKind.WorkingDays, 0, "số ngày làm việc phải lớn hơn 0")]            // nothing to count
    [InlineData(DeadlineKind.SameDay, 0, null)]                                            // same day has no length
    public void OneCapForEveryDeadline(DeadlineKind kind, double value, string? expected) =>
        Assert.Equal(expected, CalendarLimits.DeadlineProblem(kind, (decimal)value));
}
