using OneStop.Core.Calendar;

namespace OneStop.Web.Components.Calendar;

/// <summary>A day off or swapped working day as the supervisor fills it in on the calendar page.</summary>
public sealed class CalendarEntryDraft
{
    /// <summary>The entry being edited; null for a new one (then the date can be chosen).</summary>
    public int? EditingId { get; private init; }
    public DateTime? Date { get; set; }
    public CalendarEntryKind Kind { get; set; } = CalendarEntryKind.DayOff;
    public string Name { get; set; } = "";
    public bool Confirmed { get; set; } = true;

    public static CalendarEntryDraft New() => new();

    /// <summary>A new entry for a picked day: a weekend day is most likely a swapped working day, any other a day off.</summary>
    public static CalendarEntryDraft ForDay(DateOnly day, DayKind kind) => new()
    {
        Date = day.ToDateTime(TimeOnly.MinValue),
        Kind = kind == DayKind.Weekend ? CalendarEntryKind.WorkingDay : CalendarEntryKind.DayOff,
    };

    public static CalendarEntryDraft Editing(CalendarEntryRow row) => new()
    {
        EditingId = row.Id, Date = row.Date.ToDateTime(TimeOnly.MinValue), Kind = row.Kind, Name = row.Name, Confirmed = row.Confirmed,
    };
}
