using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Common;

namespace OneStop.Core.Calendar;

/// <summary>
/// What a person or a caller may ask the calculator, for the page and the public API; the limits themselves are
/// Core's (<see cref="CalendarLimits"/>), shared with the catalogue.
/// </summary>
public static class DeadlineInput
{
    /// <summary>The Vietnamese reason a kind and value cannot be used, or null when they can. Same day ignores the value.</summary>
    public static string? Validate(DeadlineKind kind, decimal? value) => kind switch
    {
        DeadlineKind.SameDay => null,
        _ when value is null => "Vui lòng nhập thời hạn (số ngày hoặc số giờ làm việc).",
        _ => CalendarLimits.DeadlineProblem(kind, value.Value) is { } problem ? CalendarLimits.Sentence(problem) : null,
    };

    /// <summary>The deadline to compute; same day keeps a procedure's own cut-off, otherwise the centre's applies.</summary>
    public static Deadline ToDeadline(DeadlineKind kind, decimal? value, TimeOnly? cutoff = null) =>
        kind == DeadlineKind.SameDay ? new Deadline(DeadlineKind.SameDay, 0, cutoff) : new Deadline(kind, value ?? 0);

    /// <summary>"16:00", "7:30" → a time of day; anything else → null.</summary>
    public static TimeOnly? ParseTime(string? text) => VnParse.Time(text);

    /// <summary>The kind's name at the counter.</summary>
    public static string KindName(DeadlineKind kind) => kind switch
    {
        DeadlineKind.SameDay => "Trong ngày",
        DeadlineKind.WorkingDays => "Ngày làm việc",
        _ => "Giờ làm việc",
    };

    /// <summary>"16:00 thứ Tư, 25/02/2026".</summary>
    public static string DueText(DateTimeOffset instant)
    {
        var vn = OneStop.Core.Common.VnTime.ToVn(instant);
        var day = OneStop.Core.Common.VnFormat.DayName(vn.DayOfWeek);
        return $"{OneStop.Core.Common.VnFormat.Time(vn)} {char.ToLowerInvariant(day[0])}{day[1..]}, {OneStop.Core.Common.VnFormat.Date(vn)}";
    }
}
