using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Common;

namespace OneStop.Web.Components.Calendar;

/// <summary>
/// What a person or a caller may ask the calculator, checked once for the page and the public API:
/// a positive length of at most a year of working time, working days in halves.
/// </summary>
public static class DeadlineInput
{
    public const int MaxWorkingDays = 365;

    /// <summary>The Vietnamese reason a kind and value cannot be used, or null when they can. Same day ignores the value.</summary>
    public static string? Validate(DeadlineKind kind, decimal? value) => kind switch
    {
        DeadlineKind.SameDay => null,
        _ when value is null => "Vui lòng nhập thời hạn (số ngày hoặc số giờ làm việc).",
        _ when value <= 0 => "Thời hạn phải lớn hơn 0.",
        DeadlineKind.WorkingDays when value > MaxWorkingDays => $"Thời hạn tối đa {MaxWorkingDays} ngày làm việc.",
        DeadlineKind.WorkingDays when value * 2 != decimal.Truncate(value.Value * 2) =>
            "Số ngày làm việc chỉ được là số nguyên hoặc nửa ngày (ví dụ 3 hoặc 0,5).",
        DeadlineKind.WorkingHours when value > MaxWorkingDays * (WorkingCalendar.MinutesPerWorkingDay / 60) =>
            $"Thời hạn tối đa {MaxWorkingDays * (WorkingCalendar.MinutesPerWorkingDay / 60)} giờ làm việc ({MaxWorkingDays} ngày).",
        _ => null,
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
