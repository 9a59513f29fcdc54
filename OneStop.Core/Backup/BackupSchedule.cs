using System.Globalization;
using OneStop.Core.Common;

namespace OneStop.Core.Backup;

/// <summary>When the next automatic backup is due. Pure: Viet Nam times of day in, an instant out.</summary>
public static class BackupSchedule
{
    /// <summary>Parses "HH:mm" times; an unreadable entry is an error at start, not a silently skipped backup.</summary>
    public static IReadOnlyList<TimeOnly> Parse(IEnumerable<string> times) =>
        times.Select(t => TimeOnly.TryParseExact(t.Trim(), "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v)
                ? v
                : throw new FormatException($"OneStop:Backup:Times: \"{t}\" không phải giờ HH:mm"))
            .Order().ToList();

    /// <summary>The first configured Viet Nam time strictly after <paramref name="now"/> (today's or tomorrow's).</summary>
    public static DateTimeOffset Next(DateTimeOffset now, IReadOnlyList<TimeOnly> times)
    {
        if (times.Count == 0) return DateTimeOffset.MaxValue;
        var today = VnTime.DateOf(now);
        for (var day = 0; day < 2; day++)
            foreach (var t in times)
            {
                var at = VnTime.At(today.AddDays(day), t);
                if (at > now) return at;
            }
        return VnTime.At(today.AddDays(1), times[0]);
    }
}
