using System.Diagnostics;
using OneStop.Core.Catalog;
using OneStop.Core.Calendar;
using OneStop.Core.Common;

namespace OneStop.Web.Cli;

/// <summary>The due_calc figure: how long one due-instant computation takes.</summary>
public static class CalendarBenchmarks
{
    /// <summary>
    /// Mean milliseconds per <see cref="WorkingCalendar.DueAt"/> over <paramref name="count"/> random
    /// receipt instants in 2025–2026 and random deadlines (working days 0.5–20 in halves, working
    /// hours 1–40, same day). Inputs are generated before timing; a warm-up pass (up to 300,000 calls, so tiered JIT settles) runs first.
    /// </summary>
    public static double MeasureDueCalcMeanMs(WorkingCalendar cal, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(cal);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var rng = new Random(seed);
        var first = VnTime.At(new DateOnly(2025, 1, 1), TimeOnly.MinValue).UtcTicks;
        var span = VnTime.At(new DateOnly(2027, 1, 1), TimeOnly.MinValue).UtcTicks - first;
        var instants = new DateTimeOffset[count];
        var deadlines = new Deadline[count];
        var sameDay = Deadline.SameDay();
        for (var i = 0; i < count; i++)
        {
            // Whole minutes, as a counter clock records them; a random offset shows the zone does not matter.
            var ticks = first + rng.NextInt64(span / TimeSpan.TicksPerMinute) * TimeSpan.TicksPerMinute;
            instants[i] = new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(rng.Next(-11, 13)));
            deadlines[i] = rng.Next(3) switch
            {
                0 => new Deadline(DeadlineKind.WorkingDays, rng.Next(1, 41) / 2m),
                1 => new Deadline(DeadlineKind.WorkingHours, rng.Next(1, 41)),
                _ => sameDay,
            };
        }

        long checksum = 0;
        for (var i = 0; i < Math.Min(count, 300_000); i++) checksum += cal.DueAt(instants[i], deadlines[i]).UtcTicks;

        var sw = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) checksum += cal.DueAt(instants[i], deadlines[i]).UtcTicks;
        sw.Stop();
        GC.KeepAlive(checksum);
        return sw.Elapsed.TotalMilliseconds / count;
    }
}
