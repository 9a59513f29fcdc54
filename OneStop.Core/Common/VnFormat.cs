using System.Globalization;

namespace OneStop.Core.Common;

/// <summary>How OneStop writes dates, times and money for Vietnamese readers.</summary>
public static class VnFormat
{
    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    public static string Date(DateTimeOffset t) => VnTime.ToVn(t).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    public static string Time(DateTimeOffset t) => VnTime.ToVn(t).ToString("HH:mm", CultureInfo.InvariantCulture);
    public static string DateTime(DateTimeOffset t) => VnTime.ToVn(t).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Whole đồng with dot grouping: 8000 → "8.000 đ".</summary>
    public static string Money(long dong) => Number(dong) + " đ";

    /// <summary>A count with dot grouping: 12345 → "12.345".</summary>
    public static string Number(long n) =>
        (n < 0 ? "-" : "") + Math.Abs(n).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static readonly string[] DayNames = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    public static string DayName(DayOfWeek d) => DayNames[(int)d];

    /// <summary>"… giờ … phút, ngày … tháng … năm …" as written on the official forms.</summary>
    public static string Spelled(DateTimeOffset t)
    {
        var v = VnTime.ToVn(t);
        return string.Create(CultureInfo.InvariantCulture,
            $"{v.Hour:00} giờ {v.Minute:00} phút, ngày {v.Day:00} tháng {v.Month:00} năm {v.Year}");
    }

    /// <summary>"ngày … tháng … năm …" for the place-and-date line.</summary>
    public static string DateLine(DateOnly d) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}");
}
