using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
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

    private CalendarEntryDraft draft = CalendarEntryDraft.New();
    private string? formError;
    private string? dateError;

    private string? importMessage;
    private bool importOk;

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

    private void PickDay(DateOnly d)
    {
        var row = entries.FirstOrDefault(e => e.Date == d);
        if (row is not null)
        {
            Edit(row);
            return;
        }
        ResetForm();
        draft = CalendarEntryDraft.ForDay(d, calendar?.DayInfo(d).Kind ?? DayKind.Working);
    }

    private void Edit(CalendarEntryRow row)
    {
        draft = CalendarEntryDraft.Editing(row);
        formError = dateError = null;
    }

    private void ResetForm()
    {
        draft = CalendarEntryDraft.New();
        formError = dateError = null;
    }

    private async Task SaveEntryAsync()
    {
        formError = dateError = null;
        Result result;
        if (draft.EditingId is { } id)
        {
            result = await Calendars.UpdateEntryAsync(id, draft.Kind, draft.Name, draft.Confirmed);
        }
        else
        {
            if (draft.Date is null)
            {
                dateError = "Vui lòng chọn ngày (dd/MM/yyyy).";
                return;
            }
            result = await Calendars.AddEntryAsync(DateOnly.FromDateTime(draft.Date.Value), draft.Kind, draft.Name, draft.Confirmed);
        }
        if (!result.IsSuccess)
        {
            formError = result.Error;
            Snackbar.Add(result.Error ?? "Không lưu được.", Severity.Error);
            return;
        }
        var saved = DateOnly.FromDateTime(draft.Date!.Value);
        Snackbar.Add(draft.EditingId is null ? $"Đã thêm ngày {VnFormat.Date(saved)} vào lịch." : $"Đã lưu ngày {VnFormat.Date(saved)}.", Severity.Success);
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
            if (draft.EditingId == row.Id) ResetForm();
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
