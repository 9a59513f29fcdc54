using System.Globalization;

namespace OneStop.Core.Common;

/// <summary>Viet Nam time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving) whatever the server's zone.</summary>
public static class VnTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);
    public static readonly CultureInfo Culture = CreateCulture();

    /// <summary>The Viet Nam zone; falls back to a fixed +07:00 zone where tzdata is missing.</summary>
    public static readonly TimeZoneInfo Zone = FindZone();

    private static TimeZoneInfo FindZone()
    {
        foreach (var id in new[] { "Asia/Ho_Chi_Minh", "SE Asia Standard Time" })
        {
            try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
            catch (TimeZoneNotFoundException) { }
            catch (InvalidTimeZoneException) { }
        }
        return TimeZoneInfo.CreateCustomTimeZone("ICT", Offset, "Giờ Việt Nam", "Giờ Việt Nam");
    }

    private static CultureInfo CreateCulture()
    {
        var c = (CultureInfo)CultureInfo.GetCultureInfo("vi-VN").Clone();
        c.NumberFormat.NumberGroupSeparator = ".";
        c.NumberFormat.NumberDecimalSeparator = ",";
        c.DateTimeFormat.ShortDatePattern = "dd/MM/yyyy";
        c.DateTimeFormat.ShortTimePattern = "HH:mm";
        return CultureInfo.ReadOnly(c);
    }

    /// <summary>The same instant expressed with the +07:00 offset.</summary>
    public static DateTimeOffset ToVn(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>Now in Viet Nam time from the injected clock.</summary>
    public static DateTimeOffset Now(TimeProvider clock) => ToVn(clock.GetUtcNow());

    /// <summary>The Viet Nam calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToVn(instant).DateTime);

    /// <summary>A local Viet Nam date and time as an instant.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        new(date.ToDateTime(time), Offset);
}
