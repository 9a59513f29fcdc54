using System.Globalization;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;

namespace OneStop.Tests.Calendar;

/// <summary>Shared calendars and short notations for the table-driven tests.</summary>
internal static class Calendars
{
    /// <summary>The shipped official calendar, default sessions, cut-off 15:00.</summary>
    public static readonly WorkingCalendar Official = WorkingCalendar.FromOfficial();

    /// <summary>The same calendar for a centre that also receives on Saturday morning.</summary>
    public static readonly WorkingCalendar WithSaturdayReception = WorkingCalendar.FromOfficial(WeeklySchedule.Create(withSaturdayReception: true));

    /// <summary>"2026-03-02 09:00" is Viet Nam time; a full ISO string with an offset is taken as is.</summary>
    public static DateTimeOffset At(string s) =>
        s.Length == 16
            ? DateTimeOffset.ParseExact(s + " +07:00", "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)
            : DateTimeOffset.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>"3d" working days, "4h" working hours, "same" same day (centre cut-off), "same@16:00".</summary>
    public static Deadline Term(string s)
    {
        if (s == "same") return new Deadline(DeadlineKind.SameDay, 0);
        if (s.StartsWith("same@", StringComparison.Ordinal))
            return new Deadline(DeadlineKind.SameDay, 0, TimeOnly.ParseExact(s[5..], "HH:mm", CultureInfo.InvariantCulture));
        var value = decimal.Parse(s[..^1], CultureInfo.InvariantCulture);
        return s[^1] switch
        {
            'd' => new Deadline(DeadlineKind.WorkingDays, value),
            'h' => new Deadline(DeadlineKind.WorkingHours, value),
            _ => throw new ArgumentException(s),
        };
    }
}
