using System.Globalization;
using OneStop.Core.Common;

namespace OneStop.Core.Reports;

/// <summary>
/// A reporting period, both dates inclusive (Viet Nam dates). The named ones follow Decree 09/2019/NĐ-CP art. 12:
/// figures are cut on the 14th, so a quarter runs from the 15th of the month before it to the 14th of its last month
/// (Q1 2026 = 15/12/2025–14/03/2026), six months from 15/12 of the previous year to 14/06, a year from 15/12 of the
/// previous year to 14/12. <see cref="Key"/> is what URLs carry: "Q1-2026", "6T-2026", "N-2026", or "" for a custom range.
/// </summary>
public sealed record ReportPeriod(string Key, string Name, DateOnly From, DateOnly To)
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    public static ReportPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var to = new DateOnly(year, 3 * quarter, 14);
        return new($"Q{quarter}-{year}", $"Quý {Roman[quarter - 1]} năm {year}", to.AddMonths(-3).AddDays(1), to);
    }

    public static ReportPeriod SixMonths(int year) =>
        new($"6T-{year}", $"6 tháng đầu năm {year}", new DateOnly(year - 1, 12, 15), new DateOnly(year, 6, 14));

    public static ReportPeriod Year(int year) =>
        new($"N-{year}", $"Năm {year}", new DateOnly(year - 1, 12, 15), new DateOnly(year, 12, 14));

    public static ReportPeriod Custom(DateOnly from, DateOnly to) =>
        new("", $"Từ ngày {VnFormat.Date(from)} đến ngày {VnFormat.Date(to)}", from, to);

    /// <summary>The reporting year <paramref name="day"/> belongs to: from 15/12 a day counts in the next year's figures.</summary>
    public static int ReportingYearOf(DateOnly day) => day.Month == 12 && day.Day >= 15 ? day.Year + 1 : day.Year;

    /// <summary>The named periods a report offers on <paramref name="today"/>: this reporting year's and last year's, newest first.</summary>
    public static IReadOnlyList<ReportPeriod> Offered(DateOnly today)
    {
        var list = new List<ReportPeriod>();
        var year = ReportingYearOf(today);
        foreach (var y in new[] { year, year - 1 })
        {
            list.Add(Year(y));
            list.Add(SixMonths(y));
            for (var q = 4; q >= 1; q--) list.Add(Quarter(y, q));
        }
        // A period that has not started yet offers nothing to report.
        return list.Where(p => p.From <= today).OrderByDescending(p => p.To).ThenBy(p => p.To.DayNumber - p.From.DayNumber).ToList();
    }

    /// <summary>Parses a <see cref="Key"/> such as "Q4-2026", "6T-2026" or "N-2026".</summary>
    public static bool TryParse(string? key, out ReportPeriod period)
    {
        period = null!;
        var s = (key ?? "").Trim().ToUpperInvariant();
        var dash = s.IndexOf('-', StringComparison.Ordinal);
        if (dash < 1 || !int.TryParse(s.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
            return false;
        var kind = s[..dash];
        if (kind == "N") period = Year(year);
        else if (kind == "6T") period = SixMonths(year);
        else if (kind is "Q1" or "Q2" or "Q3" or "Q4") period = Quarter(year, kind[1] - '0');
        else return false;
        return true;
    }
}
