using OneStop.Core.Calendar;
using OneStop.Core.Common;
using static OneStop.Tests.Calendar.Calendars;

namespace OneStop.Tests.Calendar;

public class DueInstantTests
{
    [Theory]
    // Rule 2 example: Monday 09:00 + 3 working days lands on Thursday 09:00.
    [InlineData("2026-03-02 09:00", "3d", "2026-03-05 09:00")]
    // Rule 2 example: Friday before Tết 2026 (14–22/02 off) → Wednesday 25/02 16:00.
    [InlineData("2026-02-13 16:00", "3d", "2026-02-25 16:00")]
    // Received at 11:30: half-open sessions, already lunch; clock starts 13:30 and 4h end exactly at 17:30.
    [InlineData("2026-03-02 11:30", "0.5d", "2026-03-02 17:30")]
    // Received in the middle of lunch: counts from 13:30; one day ends at Tuesday's 11:30, not 13:30.
    [InlineData("2026-03-02 12:15", "1d", "2026-03-03 11:30")]
    // Received in lunch, a half day ends exactly at Monday 17:30.
    [InlineData("2026-03-02 12:15", "4h", "2026-03-02 17:30")]
    // Received before opening: one day from 07:30 ends at 17:30 the same day, not next morning.
    [InlineData("2026-03-02 06:50", "1d", "2026-03-02 17:30")]
    // Received after closing: clock starts next morning.
    [InlineData("2026-03-02 18:00", "1d", "2026-03-03 17:30")]
    // Received exactly at 17:30: the session is already closed.
    [InlineData("2026-03-02 17:30", "2h", "2026-03-03 09:30")]
    // A walk that ends at the morning session end stays at 11:30 rather than jumping to 13:30.
    [InlineData("2026-03-02 07:30", "1.5d", "2026-03-03 11:30")]
    // Friday afternoon: 2h30 on Friday, the rest on Monday.
    [InlineData("2026-03-06 15:00", "1d", "2026-03-09 15:00")]
    // Weekend receipt (Saturday, no reception): starts Monday 07:30.
    [InlineData("2026-03-07 10:00", "2h", "2026-03-09 09:30")]
    // Online dossier on Sunday night.
    [InlineData("2026-03-08 23:59", "0.5d", "2026-03-09 11:30")]
    // Half a day is 4 working hours, across lunch.
    [InlineData("2026-03-03 09:00", "0.5d", "2026-03-03 15:00")]
    // Rule 3: 40 working hours = a full week.
    [InlineData("2026-03-02 07:30", "40h", "2026-03-06 17:30")]
    // Worked Saturday 26/04/2025 counts (Monday sessions); 30/4–4/5/2025 does not.
    [InlineData("2025-04-25 09:00", "2d", "2025-04-28 09:00")]
    // The 30/4–4/5/2025 block is skipped whole.
    [InlineData("2025-04-29 10:00", "2d", "2025-05-06 10:00")]
    // Received on the worked Saturday 26/04/2025: the clock runs at once.
    [InlineData("2025-04-26 09:00", "4h", "2025-04-26 15:00")]
    // Worked Saturday 10/01/2026 (for 02/01).
    [InlineData("2026-01-09 13:30", "1d", "2026-01-10 11:30")]
    // Worked Saturday 22/08/2026 (for 31/08).
    [InlineData("2026-08-21 09:00", "3d", "2026-08-25 09:00")]
    // Compensatory Monday 27/04/2026 after Giỗ Tổ on Sunday.
    [InlineData("2026-04-24 09:00", "1d", "2026-04-28 09:00")]
    // 24/11/2026 is a day off (planned, unconfirmed) and is skipped.
    [InlineData("2026-11-23 09:00", "1d", "2026-11-25 09:00")]
    // Into 2027, not loaded: 1/1/2027 assumed off (Labour Code fixed date).
    [InlineData("2026-12-31 09:00", "1d", "2027-01-04 09:00")]
    // Zero working days: due at the start of the clock.
    [InlineData("2026-03-02 12:00", "0d", "2026-03-02 13:30")]
    public void DueInstantFollowsTheHouseRules(string received, string deadline, string expected)
    {
        var due = Official.DueAt(At(received), Term(deadline));
        Assert.Equal(At(expected), due);
        Assert.Equal(VnTime.Offset, due.Offset);
    }

    [Theory]
    // Before 15:00: due at the end of the same day.
    [InlineData("2026-03-02 14:59", "same", "2026-03-02 17:30")]
    // At exactly 15:00: the next working day.
    [InlineData("2026-03-02 15:00", "same", "2026-03-03 17:30")]
    // Rule 4 example: Friday 15:05 → Monday 17:30.
    [InlineData("2026-03-06 15:05", "same", "2026-03-09 17:30")]
    // Rule 4 example: before opening → same day 17:30.
    [InlineData("2026-03-02 06:50", "same", "2026-03-02 17:30")]
    // During lunch: moved start 13:30 is before the cut-off.
    [InlineData("2026-03-02 12:00", "same", "2026-03-02 17:30")]
    // After closing: moved start is next morning, so next day 17:30.
    [InlineData("2026-03-02 18:00", "same", "2026-03-03 17:30")]
    // Friday 15:05 before Tết: next working day is Monday 23/02.
    [InlineData("2026-02-13 15:05", "same", "2026-02-23 17:30")]
    // A procedure with its own cut-off (16:00).
    [InlineData("2026-03-02 15:30", "same@16:00", "2026-03-02 17:30")]
    // Worked Saturday 10/01/2026 is the next working day after Friday 09/01 afternoon.
    [InlineData("2026-01-09 16:00", "same", "2026-01-10 17:30")]
    public void SameDayDeadlineUsesTheCutOff(string received, string deadline, string expected) =>
        Assert.Equal(At(expected), Official.DueAt(At(received), Term(deadline)));

    [Theory]
    // 09:00 Viet Nam time written in UTC.
    [InlineData("2026-03-02T02:00:00+00:00", "3d", "2026-03-05 09:00")]
    // 16:00 Friday 13/02/2026 in UTC: Tết still skipped.
    [InlineData("2026-02-13T09:00:00+00:00", "3d", "2026-02-25 16:00")]
    // Sunday 23:30 UTC is Monday 06:30 in Viet Nam: before opening on Monday.
    [InlineData("2026-03-01T23:30:00+00:00", "1d", "2026-03-02 17:30")]
    // A same-day receipt at 14:30 Viet Nam time given from a US offset.
    [InlineData("2026-03-02T02:30:00-05:00", "same", "2026-03-02 17:30")]
    public void InputOffsetDoesNotChangeTheAnswer(string received, string deadline, string expected)
    {
        var due = Official.DueAt(At(received), Term(deadline));
        Assert.Equal(At(expected), due);
        Assert.Equal(TimeSpan.FromHours(7), due.Offset);
    }

    [Theory]
    // Inside a session: the clock starts at once.
    [InlineData("2026-03-02 09:00", "2026-03-02 09:00")]
    // 11:30 is already lunch.
    [InlineData("2026-03-02 11:30", "2026-03-02 13:30")]
    // 11:29 is still morning.
    [InlineData("2026-03-02 11:29", "2026-03-02 11:29")]
    // Before opening.
    [InlineData("2026-03-02 05:00", "2026-03-02 07:30")]
    // Friday after hours → Monday.
    [InlineData("2026-03-06 17:30", "2026-03-09 07:30")]
    // First day of Tết → Monday 23/02.
    [InlineData("2026-02-14 09:00", "2026-02-23 07:30")]
    // Friday evening before the worked Saturday 10/01/2026.
    [InlineData("2026-01-09 20:00", "2026-01-10 07:30")]
    public void ClockStartsAtTheNextWorkingSession(string received, string expected) =>
        Assert.Equal(At(expected), Official.StartOfClock(At(received)));

    [Fact]
    public void SaturdayReceptionDoesNotStartTheClock()
    {
        var received = At("2026-03-07 09:00");
        Assert.Equal(At("2026-03-09 07:30"), WithSaturdayReception.StartOfClock(received));
        Assert.Equal(At("2026-03-09 17:30"), WithSaturdayReception.DueAt(received, Term("1d")));
        Assert.Equal(At("2026-03-09 17:30"), WithSaturdayReception.DueAt(received, Term("same")));
        Assert.False(WithSaturdayReception.IsWorkingDay(new DateOnly(2026, 3, 7)));
        Assert.Single(WithSaturdayReception.DayInfo(new DateOnly(2026, 3, 7)).ReceptionSessions);
    }

    [Fact]
    public void DueInstantSkipsTetHolidays()
    {
        var calc = Official.Calculate(At("2026-02-13 16:00"), Term("3d"));
        Assert.Equal(At("2026-02-25 16:00"), calc.DueAt);
        Assert.Empty(calc.Warnings);
        Assert.True(calc.IsCertain);
    }

    [Fact]
    public void YearWithoutCalendarIsFlaggedUnconfirmed()
    {
        var calc = Official.Calculate(At("2026-12-31 09:00"), Term("1d"));
        Assert.Equal([2027], calc.UnconfirmedYears);
        Assert.Contains(calc.Warnings, w => w.Contains("2027", StringComparison.Ordinal));
        Assert.False(Official.IsYearConfirmed(2027));
        Assert.True(Official.IsYearConfirmed(2026));

        var newYear = Official.DayInfo(new DateOnly(2027, 1, 1));
        Assert.Equal(DayKind.DayOff, newYear.Kind);
        Assert.False(newYear.Confirmed);
        Assert.False(Official.IsWorkingDay(new DateOnly(2027, 4, 30)));
        Assert.False(Official.IsWorkingDay(new DateOnly(2027, 9, 2)));
        Assert.True(Official.IsWorkingDay(new DateOnly(2027, 1, 4)));
    }

    [Fact]
    public void UnconfirmedDayOffIsWarnedAbout()
    {
        var calc = Official.Calculate(At("2026-11-23 09:00"), Term("1d"));
        Assert.Equal(At("2026-11-25 09:00"), calc.DueAt);
        Assert.Empty(calc.UnconfirmedYears);
        Assert.Contains(calc.Warnings, w => w.Contains("24/11/2026", StringComparison.Ordinal));
        Assert.False(Official.DayInfo(new DateOnly(2026, 11, 24)).Confirmed);
    }

    [Theory]
    // Tết day shown with its name.
    [InlineData("2026-02-16", DayKind.DayOff, "Tết Nguyên đán Bính Ngọ")]
    // Weekend date inside the Tết block is listed for display too.
    [InlineData("2026-02-14", DayKind.DayOff, "Tết Nguyên đán Bính Ngọ")]
    // Worked Saturday.
    [InlineData("2025-04-26", DayKind.SwappedWorkingDay, "Làm bù cho ngày 02/5/2025")]
    // Compensatory Monday.
    [InlineData("2026-04-27", DayKind.DayOff, "Giỗ Tổ Hùng Vương (26/4, nghỉ bù 27/4)")]
    // Ordinary Saturday.
    [InlineData("2026-03-07", DayKind.Weekend, null)]
    // Ordinary Monday.
    [InlineData("2026-03-02", DayKind.Working, null)]
    public void DayInfoNamesTheDay(string date, DayKind kind, string? name)
    {
        var info = Official.DayInfo(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(kind, info.Kind);
        Assert.Equal(name, info.Name);
        Assert.Equal(kind is DayKind.Working or DayKind.SwappedWorkingDay, info.IsWorkingDay);
    }

    [Fact]
    public void SwappedSaturdayUsesMondaySessions()
    {
        var sessions = Official.SessionsOn(new DateOnly(2026, 1, 10));
        Assert.Equal([WeeklySchedule.Morning, WeeklySchedule.Afternoon], sessions);
        Assert.Empty(Official.SessionsOn(new DateOnly(2026, 1, 11)));
    }

    [Fact]
    public void DatesFarOutsideTheLoadedYearsStillWork()
    {
        // 2040 is far beyond the precomputed range: the index grows and 1/1 is assumed off.
        var due = Official.DueAt(At("2039-12-30 09:00"), Term("3d"));
        // Fri 30/12/2039: 6h30; Mon 02/01/2040 8h; Tue 03/01 8h; 1h30 on Wed 04/01 → 09:00.
        Assert.Equal(At("2040-01-04 09:00"), due);
        Assert.Equal(At("2010-03-03 09:00"), Official.DueAt(At("2010-03-02 09:00"), Term("1d")));
    }
}
