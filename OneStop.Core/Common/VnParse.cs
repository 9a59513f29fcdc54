using System.Globalization;

namespace OneStop.Core.Common;

/// <summary>
/// Dates and times as a Vietnamese officer types them (day first: 05/03/1990, 5/3/1990, 05031990 as printed on a CCCD
/// QR; times 24-hour: 16:00, 7:30). The one parser every box uses, so a date the counter accepts is accepted everywhere.
/// Leading and trailing spaces are ignored; anything else that does not match exactly is refused.
/// </summary>
public static class VnParse
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "ddMMyyyy"];
    private static readonly string[] DateTimeFormats = ["dd/MM/yyyy HH:mm", "d/M/yyyy H:mm"];
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm"];

    /// <summary>"05/03/1990", "5/3/1990" or "05031990" → 5 March 1990.</summary>
    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The date, or null when the text is not one.</summary>
    public static DateOnly? Date(string? text) => TryDate(text, out var d) ? d : null;

    /// <summary>"25/11/2026 14:30" or "25/11/2026 9:05" → that wall-clock time in Viet Nam (+07:00), whatever the server's zone.</summary>
    public static bool TryDateTime(string? text, out DateTimeOffset instant)
    {
        if (DateTime.TryParseExact(text?.Trim(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            instant = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VnTime.Offset);
            return true;
        }
        instant = default;
        return false;
    }

    /// <summary>"16:00" or "7:30" → a time of day (24-hour).</summary>
    public static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>The time of day, or null when the text is not one.</summary>
    public static TimeOnly? Time(string? text) => TryTime(text, out var t) ? t : null;
}
