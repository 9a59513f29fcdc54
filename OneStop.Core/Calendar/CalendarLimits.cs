using System.Globalization;
using OneStop.Core.Catalog;
using OneStop.Core.Common;

namespace OneStop.Core.Calendar;

/// <summary>
/// What the working calendar answers for, written once: the longest deadline (the public API, the calculator,
/// the catalogue editor and the catalogue import all check it here) and the years the calendar covers.
/// </summary>
public static class CalendarLimits
{
    /// <summary>First and last supported calendar year (inclusive): the calendar never builds a year outside them.</summary>
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>The longest deadline: a year of working days, the same in working hours.</summary>
    public const int MaxWorkingDays = 365;
    public const int MaxWorkingHours = MaxWorkingDays * WorkingCalendar.HoursPerWorkingDay;

    /// <summary>True when the year is inside <see cref="FirstYear"/>..<see cref="LastYear"/>.</summary>
    public static bool Supports(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>True when the instant's Viet Nam date is in a supported year.</summary>
    public static bool Supports(DateTimeOffset instant) =>
        instant.UtcDateTime.Year is > FirstYear - 2 and < LastYear + 2 && Supports(VnTime.DateOf(instant).Year);

    /// <summary>The Vietnamese sentence for a date or a due instant outside the supported years.</summary>
    public static string OutOfRangeMessage =>
        $"Lịch làm việc chỉ tính cho các năm từ {FirstYear} đến {LastYear}; thời điểm nhận và hạn trả phải nằm trong khoảng đó.";

    /// <summary>
    /// The problem with a deadline's length as a lower-case Vietnamese phrase, or null when it can be used.
    /// Working days are positive, in halves, at most <see cref="MaxWorkingDays"/>; working hours positive, at most
    /// <see cref="MaxWorkingHours"/>; a same-day deadline has no length.
    /// </summary>
    public static string? DeadlineProblem(DeadlineKind kind, decimal value) => kind switch
    {
        DeadlineKind.SameDay => null,
        DeadlineKind.WorkingDays when value <= 0 => "số ngày làm việc phải lớn hơn 0",
        DeadlineKind.WorkingDays when value > MaxWorkingDays => $"số ngày làm việc tối đa là {MaxWorkingDays} (một năm làm việc)",
        DeadlineKind.WorkingDays when value * 2 != decimal.Truncate(value * 2) => "số ngày làm việc phải tính theo nửa ngày (0,5; 1; 1,5...)",
        DeadlineKind.WorkingDays => null,
        DeadlineKind.WorkingHours when value <= 0 => "số giờ làm việc phải lớn hơn 0",
        DeadlineKind.WorkingHours when value > MaxWorkingHours =>
            $"số giờ làm việc tối đa là {MaxWorkingHours} ({MaxWorkingDays} ngày làm việc)",
        DeadlineKind.WorkingHours => null,
        _ => "loại thời hạn không hợp lệ",
    };

    /// <summary>A lower-case phrase as a sentence: "Số ngày làm việc phải lớn hơn 0."</summary>
    public static string Sentence(string phrase) => char.ToUpper(phrase[0], CultureInfo.InvariantCulture) + phrase[1..] + ".";
}

/// <summary>A question about an instant outside <see cref="CalendarLimits.FirstYear"/>..<see cref="CalendarLimits.LastYear"/>; the message is Vietnamese.</summary>
public sealed class OutsideCalendarRangeException : ArgumentOutOfRangeException
{
    public OutsideCalendarRangeException() : base(null, CalendarLimits.OutOfRangeMessage) { }
    public OutsideCalendarRangeException(string message) : base(null, message) { }
    public OutsideCalendarRangeException(string message, Exception inner) : base(message, inner) { }
}
