using System.Globalization;

namespace OneStop.Core.Common;

/// <summary>Reads dates and times as Vietnamese officers type them (dd/MM/yyyy, HH:mm dd/MM/yyyy), in Viet Nam time.</summary>
public static class VnDates
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy"];
    private static readonly string[] DateTimeFormats = ["dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "HH:mm dd/MM/yyyy", "H:mm d/M/yyyy"];

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A local Viet Nam date and time as an instant (+07:00).</summary>
    public static bool TryParseDateTime(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (!DateTime.TryParseExact(text?.Trim(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return false;
        instant = new DateTimeOffset(t, VnTime.Offset);
        return true;
    }
}
