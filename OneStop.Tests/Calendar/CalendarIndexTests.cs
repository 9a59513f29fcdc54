using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using static OneStop.Tests.Calendar.Calendars;

namespace OneStop.Tests.Calendar;

public class CalendarIndexTests
{
    [Fact]
    public void GrowingTheIndexFromManyThreadsGivesTheSameAnswers()
    {
        // A fresh calendar, so the far years are not yet indexed when the threads start.
        var shared = WorkingCalendar.FromOfficial();
        var receipts = Enumerable.Range(0, 400).Select(i => At("2010-01-04 09:00").AddDays(i * 37)).ToArray();
        var deadline = new Deadline(DeadlineKind.WorkingDays, 7.5m);
        var expected = receipts.Select(r => WorkingCalendar.FromOfficial().DueAt(r, deadline)).ToArray();

        var actual = new DateTimeOffset[receipts.Length];
        Parallel.For(0, receipts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = shared.DueAt(receipts[i], deadline));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ScheduleWithoutWorkingSessionsIsRefused()
    {
        var empty = new WeeklySchedule(Enum.GetValues<DayOfWeek>().ToDictionary(d => d, _ => (IReadOnlyList<OfficeSession>)[]));
        Assert.Throws<OneStop.Core.Common.DomainException>(() => new WorkingCalendar(empty, CalendarData.Empty, new TimeOnly(15, 0)));
    }
}
