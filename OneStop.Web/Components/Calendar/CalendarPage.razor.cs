using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using OneStop.Core.Calendar;
using OneStop.Core.Common;

namespace OneStop.Web.Components.Calendar;

public partial class CalendarPage
{
    [Inject] public required CalendarService Calendars { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required IDialogService Dialogs { get; init; }
    [CascadingParameter] public Task<AuthenticationState>? AuthState { get; set; }

    private const long MaxImportBytes = 1024 * 1024;

    private int year;
    private DateOnly today;
    private IReadOnlyList<int> yearChoices = [];
    private WorkingCalendar? calendar;
    private IReadOnlyList<CalendarEntryRow> entries = [];
    private CalendarYearRow? yearRow;

    private int? editingId;
    private DateTime? formDate;
    private CalendarEntryKind formKind = CalendarEntryKind.DayOff;
    private string formName = "";
    private bool formConfirmed = true;
    private string? formError;
    private string? dateError;

    private string? importMessage;
    private bool importOk;

    /// <summary>A run of consecutive named days in one month, for the list under the month.</summary>
    private sealed record NamedRun(string When, string Name, DayKind Kind, bool Confirmed);

    protected override async Task OnInitializedAsync()
    {
        today = VnTime.DateOf(Clock.GetUtcNow());
        year = today.Year;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        calendar = await Calendars.LoadAsync();
        entries = await Calendars.ListEntriesAsync(year);
        var years = await Calendars.ListYearsAsync();
        yearRow = years.FirstOrDefault(y => y.Year == year);
        yearChoices = [.. years.Select(y => y.Year).Concat([today.Year - 1, today.Year, today.Year + 1, year]).Distinct().Order()];
    }

    private async Task OnYearAsync(int y)
    {
        year = y;
        ResetForm();
        await LoadAsync();
    }

    // Monday-first week rows; null cells pad the first and last weeks.
    private IEnumerable<DateOnly?[]> Weeks(int month)
    {
        var first = new DateOnly(year, month, 1);
        var lead = ((int)first.DayOfWeek + 6) % 7;
        var days = DateTime.DaysInMonth(year, month);
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
        return $"cal-day {kind}{marked}{(info.Date == today ? " cal-today" : "")}";
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
        if (calendar is null) return runs;
        DayInfo? start = null;
        DayInfo? last = null;
        void Close()
        {
            if (start is null || last is null) return;
            var when = start.Date == last.Date ? start.Date.ToString("dd/MM", VnTime.Culture) : $"{start.Date:dd}–{last.Date.ToString("dd/MM", VnTime.Culture)}";
            runs.Add(new NamedRun(when, start.Name ?? "", start.Kind, start.Confirmed));
        }
        for (var d = new DateOnly(year, month, 1); d.Month == month; d = d.AddDays(1))
        {
            var info = calendar.DayInfo(d);
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

    private void PickDay(DateOnly d)
    {
        var row = entries.FirstOrDefault(e => e.Date == d);
        if (row is not null)
        {
            Edit(row);
            return;
        }
        ResetForm();
        formDate = d.ToDateTime(TimeOnly.MinValue);
        formKind = calendar?.DayInfo(d).Kind == DayKind.Weekend ? CalendarEntryKind.WorkingDay : CalendarEntryKind.DayOff;
    }

    private void OnDayKey(KeyboardEventArgs e, DateOnly d)
    {
        if (e.Key is "Enter" or " ") PickDay(d);
    }

    private void Edit(CalendarEntryRow row)
    {
        editingId = row.Id;
        formDate = row.Date.ToDateTime(TimeOnly.MinValue);
        formKind = row.Kind;
        formName = row.Name;
        formConfirmed = row.Confirmed;
        formError = dateError = null;
    }

    private void ResetForm()
    {
        editingId = null;
        formDate = null;
        formKind = CalendarEntryKind.DayOff;
        formName = "";
        formConfirmed = true;
        formError = dateError = null;
    }

    private async Task SaveEntryAsync()
    {
        formError = dateError = null;
        Result result;
        if (editingId is { } id)
        {
            result = await Calendars.UpdateEntryAsync(id, formKind, formName, formConfirmed);
        }
        else
        {
            if (formDate is null)
            {
                dateError = "Vui lòng chọn ngày (dd/MM/yyyy).";
                return;
            }
            result = await Calendars.AddEntryAsync(DateOnly.FromDateTime(formDate.Value), formKind, formName, formConfirmed);
        }
        if (!result.IsSuccess)
        {
            formError = result.Error;
            Snackbar.Add(result.Error ?? "Không lưu được.", Severity.Error);
            return;
        }
        var saved = DateOnly.FromDateTime(formDate!.Value);
        Snackbar.Add(editingId is null ? $"Đã thêm ngày {VnFormat.Date(saved)} vào lịch." : $"Đã lưu ngày {VnFormat.Date(saved)}.", Severity.Success);
        ResetForm();
        if (saved.Year != year) year = saved.Year;
        await LoadAsync();
    }

    private async Task DeleteAsync(CalendarEntryRow row)
    {
        var sure = await Dialogs.ShowMessageBoxAsync("Xóa ngày khỏi lịch",
            $"Xóa {VnFormat.DayName(row.Date.DayOfWeek).ToLowerInvariant()} {VnFormat.Date(row.Date)} ({row.Name}) khỏi lịch?",
            yesText: "Xóa", cancelText: "Hủy");
        if (sure != true) return;
        var r = await Calendars.DeleteEntryAsync(row.Id);
        if (!r.IsSuccess)
        {
            Snackbar.Add(r.Error ?? "Không xóa được.", Severity.Error);
        }
        else
        {
            Snackbar.Add($"Đã xóa ngày {VnFormat.Date(row.Date)} khỏi lịch.", Severity.Success);
            if (editingId == row.Id) ResetForm();
        }
        await LoadAsync();
    }

    private async Task ConfirmYearAsync()
    {
        var sure = await Dialogs.ShowMessageBoxAsync($"Xác nhận lịch năm {year}",
            $"Bạn đã đối chiếu các ngày nghỉ lễ và ngày làm bù năm {year} với thông báo của Chính phủ?",
            yesText: "Xác nhận", cancelText: "Hủy");
        if (sure != true) return;
        var user = AuthState is null ? null : (await AuthState).User;
        var by = user?.FindFirst("FullName")?.Value ?? user?.Identity?.Name ?? "";
        var r = await Calendars.ConfirmYearAsync(year, by, VnTime.Now(Clock));
        if (r.IsSuccess) Snackbar.Add($"Đã xác nhận lịch năm {year}.", Severity.Success);
        else Snackbar.Add(r.Error ?? "Không xác nhận được.", Severity.Error);
        await LoadAsync();
    }

    private async Task ImportAsync(IBrowserFile? file)
    {
        if (file is null) return;
        if (file.Size > MaxImportBytes)
        {
            importOk = false;
            importMessage = "Tệp quá lớn (tối đa 1 MB).";
            return;
        }
        string json;
        await using (var stream = file.OpenReadStream(MaxImportBytes))
        using (var reader = new StreamReader(stream))
        {
            json = await reader.ReadToEndAsync();
        }
        var r = await Calendars.ImportYearAsync(json);
        importOk = r.IsSuccess;
        if (!r.IsSuccess)
        {
            importMessage = "Không nhập được lịch, chưa có thay đổi nào được lưu.\n" + r.Error;
            return;
        }
        var summary = r.Value!;
        importMessage = $"Đã nhập lịch năm {string.Join(", ", summary.Years)} ({summary.EntryCount} ngày). Lịch của các năm này được thay bằng nội dung tệp.";
        if (!summary.Years.Contains(year)) year = summary.Years[0];
        ResetForm();
        await LoadAsync();
    }
}
