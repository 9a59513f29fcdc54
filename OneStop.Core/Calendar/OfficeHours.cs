namespace OneStop.Core.Calendar;

/// <summary>The office hours deadlines run on: the weekly sessions and the same-day cut-off.</summary>
public sealed record OfficeHours(WeeklySchedule Schedule, TimeOnly SameDayCutoff)
{
    public static readonly OfficeHours Default = new(WeeklySchedule.Default, WorkingCalendar.DefaultSameDayCutoff);
}

/// <summary>
/// Where the calendar reads the office hours from. The centre's settings provide them
/// (<c>Centre.CentreOfficeHours</c>); the calendar does not know where they are kept.
/// </summary>
public interface IOfficeHoursSource
{
    Task<OfficeHours> ReadAsync(CancellationToken ct = default);
}
