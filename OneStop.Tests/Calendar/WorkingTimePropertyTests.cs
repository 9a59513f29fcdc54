using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Common;
using static OneStop.Tests.Calendar.Calendars;

namespace OneStop.Tests.Calendar;

/// <summary>Laws of working time, checked on seeded random instants over 2025–2027.</summary>
public class WorkingTimePropertyTests
{
    private const int Rounds = 3000;
    private static readonly long First = At("2025-01-01 00:00").UtcTicks;
    private static readonly long Span = At("2027-06-30 00:00").UtcTicks - First;

    private static DateTimeOffset RandomInstant(Random rng) =>
        new DateTimeOffset(First + rng.NextInt64(Span / TimeSpan.TicksPerMinute) * TimeSpan.TicksPerMinute, TimeSpan.Zero)
            .ToOffset(TimeSpan.FromHours(rng.Next(-11, 13)));

    private static Deadline RandomDeadline(Random rng) => rng.Next(3) switch
    {
        0 => new Deadline(DeadlineKind.WorkingDays, rng.Next(0, 41) / 2m),
        1 => new Deadline(DeadlineKind.WorkingHours, rng.Next(0, 41)),
        _ => Deadline.SameDay(),
    };

    [Fact]
    public void DueIsNeverBeforeTheStartOfTheClock()
    {
        var rng = new Random(1);
        for (var i = 0; i < Rounds; i++)
        {
            var received = RandomInstant(rng);
            var deadline = RandomDeadline(rng);
            var start = Official.StartOfClock(received);
            Assert.True(start >= received, $"start {start} before receipt {received}");
            Assert.True(Official.DueAt(received, deadline) >= start, $"{received} {deadline}");
        }
    }

    [Fact]
    public void DueIsMonotonicInTheReceipt()
    {
        var rng = new Random(2);
        for (var i = 0; i < Rounds; i++)
        {
            var a = RandomInstant(rng);
            var b = a.AddMinutes(rng.Next(0, 60 * 72));
            var deadline = RandomDeadline(rng);
            Assert.True(Official.DueAt(a, deadline) <= Official.DueAt(b, deadline), $"{a} vs {b}, {deadline}");
        }
    }

    [Fact]
    public void AddingAThenBEqualsAddingTheSum()
    {
        var rng = new Random(3);
        for (var i = 0; i < Rounds; i++)
        {
            var start = RandomInstant(rng);
            var a = rng.Next(0, 480 * 10);
            var b = rng.Next(0, 480 * 10);
            var stepwise = Official.AddWorkingMinutes(Official.AddWorkingMinutes(start, a), b);
            Assert.Equal(Official.AddWorkingMinutes(start, a + b), stepwise);
        }
    }

    [Fact]
    public void RemainingWorkingTimeIsZeroAtTheDueInstant()
    {
        var rng = new Random(4);
        for (var i = 0; i < Rounds; i++)
        {
            var received = RandomInstant(rng);
            var minutes = rng.Next(1, 480 * 20);
            var due = Official.AddWorkingMinutes(received, minutes);
            Assert.Equal(0, Official.WorkingMinutesBetween(due, due));
            Assert.Equal(minutes, Official.WorkingMinutesBetween(received, due), 6);
            Assert.False(Official.IsOverdue(due, due));
            Assert.True(Official.IsOverdue(due.AddTicks(1), due));
        }
    }

    [Fact]
    public void WorkingDaysAreEightWorkingHours()
    {
        var rng = new Random(5);
        for (var i = 0; i < Rounds; i++)
        {
            var received = RandomInstant(rng);
            var halves = rng.Next(0, 41);
            Assert.Equal(
                Official.DueAt(received, new Deadline(DeadlineKind.WorkingHours, halves * 4)),
                Official.DueAt(received, new Deadline(DeadlineKind.WorkingDays, halves / 2m)));
        }
    }

    [Fact]
    public void DueInstantIsInsideOrAtTheEndOfAWorkingSession()
    {
        var rng = new Random(6);
        for (var i = 0; i < Rounds; i++)
        {
            var due = Official.DueAt(RandomInstant(rng), RandomDeadline(rng));
            var time = TimeOnly.FromTimeSpan(due.TimeOfDay);
            var sessions = Official.SessionsOn(VnTime.DateOf(due));
            Assert.Contains(sessions, s => time > s.Start && time <= s.End || time == s.Start);
        }
    }

    [Theory]
    // Exactly one working day left at 09:00 the day before: not yet "due soon".
    [InlineData("2026-03-04 09:00", "2026-03-05 09:00", false, false)]
    // One minute less than a working day left.
    [InlineData("2026-03-04 09:01", "2026-03-05 09:00", true, false)]
    // Friday 17:00 with due Monday 09:00: 2 working hours left across the weekend.
    [InlineData("2026-03-06 17:00", "2026-03-09 09:00", true, false)]
    // At the due instant: due soon, not yet overdue.
    [InlineData("2026-03-05 09:00", "2026-03-05 09:00", true, false)]
    // One minute after: overdue, no longer "due soon".
    [InlineData("2026-03-05 09:01", "2026-03-05 09:00", false, true)]
    // Before Tết with due after it: only 1h30 of working time remains.
    [InlineData("2026-02-13 16:00", "2026-02-23 09:00", true, false)]
    public void DueSoonAndOverdueFollowRuleEight(string now, string due, bool soon, bool overdue)
    {
        Assert.Equal(soon, Official.IsDueSoon(At(now), At(due)));
        Assert.Equal(overdue, Official.IsOverdue(At(now), At(due)));
    }

    [Theory]
    // Ready on an earlier date than the due date.
    [InlineData("2026-03-04 16:00", "2026-03-05 09:00", OutcomeClass.Early)]
    // Ready on the due date before the due instant: on time, not early.
    [InlineData("2026-03-05 08:00", "2026-03-05 09:00", OutcomeClass.OnTime)]
    // Ready exactly at the due instant.
    [InlineData("2026-03-05 09:00", "2026-03-05 09:00", OutcomeClass.OnTime)]
    // One minute after the due instant.
    [InlineData("2026-03-05 09:01", "2026-03-05 09:00", OutcomeClass.Late)]
    // Late evening, the date boundary is Viet Nam's: 23:30 UTC on 04/03 is 06:30 on 05/03 in Viet Nam.
    [InlineData("2026-03-04T23:30:00+00:00", "2026-03-05 09:00", OutcomeClass.OnTime)]
    // 16:30 UTC on 04/03 is 23:30 on 04/03 in Viet Nam: still the day before.
    [InlineData("2026-03-04T16:30:00+00:00", "2026-03-05 09:00", OutcomeClass.Early)]
    // Ready the next day.
    [InlineData("2026-03-06 07:30", "2026-03-05 17:30", OutcomeClass.Late)]
    public void OutcomeClassFollowsRuleSeven(string ready, string due, OutcomeClass expected) =>
        Assert.Equal(expected, WorkingCalendar.Outcome(At(ready), At(due)));
}
