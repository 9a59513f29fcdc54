using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OneStop.Core.Calendar;
using OneStop.Core.Centre;
using OneStop.Core.Common;

namespace OneStop.Web.Components.Admin;

public partial class SettingsPage
{
    [Inject] public required CentreService Centre { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }

    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private CentreSettings? model;
    private readonly Dictionary<DayOfWeek, string> sessionText = [];
    private string cutoffText = "";
    private IReadOnlyDictionary<string, string> errors = new Dictionary<string, string>();

    protected override async Task OnInitializedAsync()
    {
        Centre.Invalidate();
        model = CentreService.Copy(await Centre.GetAsync());
        foreach (var d in Week) sessionText[d] = ScheduleText.Format(model.Schedule.For(d));
        cutoffText = model.SameDayCutoff.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    private bool Has(string key) => errors.ContainsKey(key);
    private string Err(string key) => errors.TryGetValue(key, out var e) ? e : "";

    private async Task SaveAsync()
    {
        if (model is null) return;
        var local = new Dictionary<string, string>();
        var days = new Dictionary<DayOfWeek, IReadOnlyList<OfficeSession>>();
        foreach (var d in Week)
        {
            if (ScheduleText.TryParse(sessionText[d], out var s, out var err)) days[d] = s;
            else local[d.ToString()] = err;
        }
        if (!VnParse.TryTime(cutoffText, out var cutoff))
            local["Cutoff"] = "Giờ chốt có dạng HH:mm, ví dụ 15:00.";
        if (local.Count > 0)
        {
            errors = local;
            Snackbar.Add("Vui lòng kiểm tra lại các trường được đánh dấu.", Severity.Error);
            return;
        }
        model.Schedule = new WeeklySchedule(days);
        model.SameDayCutoff = cutoff;
        var r = await Centre.SaveAsync(model);
        if (!r.IsSuccess)
        {
            errors = r.FieldErrors;
            Snackbar.Add(r.Error ?? "Không lưu được.", Severity.Error);
            return;
        }
        errors = new Dictionary<string, string>();
        Snackbar.Add("Đã lưu cài đặt trung tâm.", Severity.Success);
        await OnInitializedAsync();
    }
}
