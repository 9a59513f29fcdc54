namespace OneStop.Core.Calendar;

/// <summary>
/// The dated part of a calendar: exceptions to the weekly schedule and the years they cover.
/// A year listed in <see cref="Years"/> is "loaded": only its entries apply. A year not listed
/// falls back to the Labour Code fixed-date holidays and is reported as unconfirmed.
/// </summary>
public sealed record CalendarData(IReadOnlyList<CalendarEntry> Entries, IReadOnlyList<CalendarYear> Years)
{
    public static CalendarData Empty { get; } = new([], []);
}

/// <summary>What kind of day a date is, for a calendar page or an explanation.</summary>
public enum DayKind
{
    /// <summary>An ordinary working day of the weekly schedule.</summary>
    Working,
    /// <summary>No working session in the weekly schedule (Saturday, Sunday); may still have reception.</summary>
    Weekend,
    /// <summary>A holiday, compensatory or bridge day (from the calendar, or assumed for an unloaded year).</summary>
    DayOff,
    /// <summary>A weekend date worked instead of another day; it uses the Monday sessions.</summary>
    SwappedWorkingDay,
}

/// <summary>
/// One date as the calendar sees it. <see cref="Sessions"/> are the sessions that count toward deadlines.
/// <see cref="Confirmed"/> is false when the date's year (or this entry) is not confirmed, or the year is not loaded.
/// </summary>
public sealed record DayInfo(
    DateOnly Date,
    DayKind Kind,
    string? Name,
    bool Confirmed,
    IReadOnlyList<OfficeSession> Sessions,
    IReadOnlyList<OfficeSession> ReceptionSessions)
{
    public bool IsWorkingDay => Sessions.Count > 0;
}

/// <summary>Rule 7: the result compared with the due instant.</summary>
public enum OutcomeClass
{
    /// <summary>Trước hạn: ready on an earlier Viet Nam calendar day than the due date.</summary>
    Early,
    /// <summary>Đúng hạn: ready on the due date, not after the due instant.</summary>
    OnTime,
    /// <summary>Quá hạn: ready after the due instant.</summary>
    Late,
}

/// <summary>A due instant with what the counter should know about how sure it is.</summary>
public sealed record DueCalculation(
    DateTimeOffset ReceivedAt,
    DateTimeOffset Start,
    DateTimeOffset DueAt,
    IReadOnlyList<int> UnconfirmedYears,
    IReadOnlyList<string> Warnings)
{
    public bool IsCertain => Warnings.Count == 0;
}

public enum ExplainStepKind { Received, ClockStart, Counted, Skipped, Due, Warning }

/// <summary>One line of "how was this due date computed", in Vietnamese.</summary>
public sealed record ExplainStep(ExplainStepKind Kind, DateOnly? Date, string Text);

public sealed record DueExplanation(DueCalculation Calculation, IReadOnlyList<ExplainStep> Steps);
