using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using OneStop.Core.Calendar;
using OneStop.Core.Common;

namespace OneStop.Web.Components.Calendar;

public partial class YearGrid
{
    [Parameter, EditorRequired] public WorkingCalendar Calendar { get; set; } = default!;
    [Parameter, EditorRequired] public int Year { get; set; }
    /// <summary>Today in Viet Nam, outlined in the grid.</summary>
    [Parameter, EditorRequired] public DateOnly Today { get; set; }
    /// <summary>A day was clicked, or Enter or Space pressed on it.</summary>
    [Parameter] public EventCallback<DateOnly> OnPickDay { get; set; }

    /// <summary>A run of consecutive named days in one month, for the list under the month.</summary>
    private sealed record NamedRun(string When, string Name, DayKind Kind, bool Confirmed);

    private Task OnDayKeyAsync(KeyboardEventArgs e, DateOnly d) =>
        e.Key is "Enter" or " " ? OnPickDay.InvokeAsync(d) : Task.CompletedTask;

    // Monday-first week rows; null cells pad the first and last weeks.
    private IEnumerable<DateOnly?[]> Weeks(int month)
    {
        var first = new DateOnly(Year, month, 1);
        var lead = ((int)first.DayOfWeek + 6) % 7;
        var days = DateTime.DaysInMonth(Year, month);
        var cells = Enumerable.Repeat<DateOnly?>(null, lead).Concat(Enumerable.Range(0, days).Select(i => (DateOnly?)first.AddDays(i))).ToList();
        while (cells.Count % 7 != 0) cells.Add(null);
        return cells.Chunk(7);
    }

    private string DayClass(DayInfo info)
    {
        var kind = info.Kind switch
        {
            DayKind.DayOff => "cal-dayoff",
            DayKind.SwappedWorkingDay => "cal-swapped",
            DayKind.Weekend => "cal-weekend",
            _ => "cal-working",
        };
        var marked = info.Kind is DayKind.DayOff or DayKind.SwappedWorkingDay && !info.Confirmed ? " cal-unconfirmed" : "";
        return $"cal-day {kind}{marked}{(info.Date == Today ? " cal-today" : "")}";
    }

    private static string DayTitle(DayInfo info)
    {
        var what = info.Kind switch
        {
            DayKind.DayOff => $"Ngày nghỉ: {info.Name}",
            DayKind.SwappedWorkingDay => $"Ngày làm bù: {info.Name}",
            DayKind.Weekend => "Nghỉ cuối tuần",
            _ => "Ngày làm việc",
        };
        var unconfirmed = info.Kind is DayKind.DayOff or DayKind.SwappedWorkingDay && !info.Confirmed ? " (chưa xác nhận)" : "";
        return $"{VnFormat.DayName(info.Date.DayOfWeek)} {VnFormat.Date(info.Date)} – {what}{unconfirmed}";
    }

    private List<NamedRun> NamedRuns(int month)
    {
        var runs = new List<NamedRun>();
        DayInfo? start = null;
        DayInfo? last = null;
        void Close()
        {
            if (start is null || last is null) return;
            var when = start.Date == last.Date ? start.Date.ToString("dd/MM", VnTime.Culture) : $"{start.Date:dd}–{last.Date.ToString("dd/MM", VnTime.Culture)}";
            runs.Add(new NamedRun(when, start.Name ?? "", start.Kind, start.Confirmed));
        }
        for (var d = new DateOnly(Year, month, 1); d.Month == month; d = d.AddDays(1))
        {
            var info = Calendar.DayInfo(d);
            var named = info.Kind is DayKind.DayOff or DayKind.SwappedWorkingDay;
            if (named && last is not null && last.Kind == info.Kind && last.Name == info.Name && last.Date.AddDays(1) == d)
            {
                last = info;
                continue;
            }
            Close();
            (start, last) = named ? (info, info) : (null, null);
        }
        Close();
        return runs;
    }
}
