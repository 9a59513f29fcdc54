using Microsoft.EntityFrameworkCore;
using OneStop.Core.Calendar;
using OneStop.Core.Persistence;

namespace OneStop.Core.Centre;

/// <summary>The office hours from the centre's settings row (defaults when the row is absent).</summary>
public sealed class CentreOfficeHours(IDbContextFactory<OneStopDbContext> factory) : IOfficeHoursSource
{
    public async Task<OfficeHours> ReadAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var settings = await db.CentreSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == CentreSettings.SingletonId, ct);
        return settings is null ? OfficeHours.Default : new OfficeHours(ScheduleOf(settings), settings.SameDayCutoff);
    }

    // The stored schedule is authoritative; the Saturday reception switch adds the standard
    // reception session when the schedule has nothing on Saturday (reception never counts for deadlines).
    private static WeeklySchedule ScheduleOf(CentreSettings settings)
    {
        var schedule = settings.Schedule ?? WeeklySchedule.Default;
        if (!settings.SaturdayReception || schedule.For(DayOfWeek.Saturday).Count > 0) return schedule;
        var days = schedule.Days.ToDictionary(kv => kv.Key, kv => kv.Value);
        days[DayOfWeek.Saturday] = WeeklySchedule.Create(withSaturdayReception: true).For(DayOfWeek.Saturday);
        return new WeeklySchedule(days);
    }
}
