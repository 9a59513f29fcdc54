namespace OneStop.Core.Calendar;

public enum CalendarEntryKind
{
    /// <summary>A weekday that is not worked (holiday, compensatory day, bridge day).</summary>
    DayOff,
    /// <summary>A Saturday (or Sunday) worked instead of another day: a swapped working day.</summary>
    WorkingDay,
}

/// <summary>One dated exception to the weekly schedule in a centre's calendar.</summary>
public sealed class CalendarEntry
{
    private CalendarEntry() { }

    public CalendarEntry(DateOnly date, CalendarEntryKind kind, string name, bool confirmed = true)
    {
        Date = date;
        Kind = kind;
        Name = name;
        Confirmed = confirmed;
    }

    public int Id { get; private set; }
    public DateOnly Date { get; private set; }
    public CalendarEntryKind Kind { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public bool Confirmed { get; private set; } = true;

    public void Update(CalendarEntryKind kind, string name, bool confirmed)
    {
        Kind = kind;
        Name = name;
        Confirmed = confirmed;
    }
}

/// <summary>A calendar year and whether the government's dates for it have been confirmed locally.</summary>
public sealed class CalendarYear
{
    private CalendarYear() { }
    public CalendarYear(int year, bool confirmed) { Year = year; Confirmed = confirmed; }

    public int Year { get; private set; }
    public bool Confirmed { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public string? ConfirmedBy { get; private set; }

    public void Confirm(string by, DateTimeOffset at)
    {
        Confirmed = true;
        ConfirmedAt = at;
        ConfirmedBy = by;
    }

    public void Unconfirm() { Confirmed = false; ConfirmedAt = null; ConfirmedBy = null; }
}
