namespace OneStop.Core.Calendar;

/// <summary>
/// One office session, half-open [Start, End): at End the office is already closed.
/// Reception-only sessions (a Saturday morning) receive citizens but do not count toward deadlines.
/// </summary>
public sealed record OfficeSession(TimeOnly Start, TimeOnly End, bool ReceptionOnly = false)
{
    public int Minutes => (int)(End - Start).TotalMinutes;
}

/// <summary>The sessions of each weekday. Swapped working days (worked Saturdays) use the Monday sessions.</summary>
public sealed record WeeklySchedule(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OfficeSession>> Days)
{
    public static readonly OfficeSession Morning = new(new TimeOnly(7, 30), new TimeOnly(11, 30));
    public static readonly OfficeSession Afternoon = new(new TimeOnly(13, 30), new TimeOnly(17, 30));

    /// <summary>Monday–Friday 07:30–11:30 and 13:30–17:30; no Saturday reception.</summary>
    public static WeeklySchedule Default { get; } = Create(withSaturdayReception: false);

    public static WeeklySchedule Create(bool withSaturdayReception)
    {
        var days = new Dictionary<DayOfWeek, IReadOnlyList<OfficeSession>>();
        foreach (var d in Enum.GetValues<DayOfWeek>())
            days[d] = d is DayOfWeek.Saturday or DayOfWeek.Sunday ? [] : [Morning, Afternoon];
        if (withSaturdayReception)
            days[DayOfWeek.Saturday] = [new OfficeSession(new TimeOnly(7, 30), new TimeOnly(11, 30), ReceptionOnly: true)];
        return new WeeklySchedule(days);
    }

    public IReadOnlyList<OfficeSession> For(DayOfWeek day) => Days.TryGetValue(day, out var s) ? s : [];
}
