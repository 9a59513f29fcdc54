using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;
using OneStop.Core.Accounts;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Documents.Forms;
using OneStop.Core.Dossiers;
using OneStop.Web.Hosting;

namespace OneStop.Web.Components.Dossiers;

public partial class BatchHandOverPage
{
    [Inject] public required DossierQueries Queries { get; init; }
    [Inject] public required ProcessingService Processing { get; init; }
    [Inject] public required StaffDirectory StaffDirectory { get; init; }
    [Inject] public required CentreService Centre { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [CascadingParameter] public Task<AuthenticationState>? AuthState { get; set; }

    private string? scan;
    private string? hint;
    private string role = Roles.Specialist;
    private string? person;
    private string? note;
    private bool busy;
    private IReadOnlyList<StaffMember> staff = [];
    private readonly List<DossierListItem> rows = [];
    private IReadOnlyList<(string Code, string Error)> failures = [];

    protected override async Task OnInitializedAsync() => staff = await StaffDirectory.ListAsync();

    private async Task OnScanAsync(KeyboardEventArgs e)
    {
        if (e.Key is not ("Enter" or "NumpadEnter")) return;
        var code = (await Shared.LiveInput.ValueAsync(JS, "batch-scan", scan) ?? "").Trim();
        scan = "";
        await Shared.LiveInput.SetAsync(JS, "batch-scan", "");
        if (code.Length == 0) return;
        var found = await Queries.SearchAsync(code, limit: 1);
        var item = found.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase));
        if (item is null) { hint = $"Không tìm thấy hồ sơ có mã {code}."; return; }
        if (rows.Any(r => r.Id == item.Id)) { hint = $"Hồ sơ {item.Code} đã có trong danh sách."; return; }
        hint = null;
        rows.Add(item);
    }

    private async Task HandOverAsync()
    {
        busy = true;
        try
        {
            var officer = (await AuthState!).User.ToOfficer();
            var target = staff.FirstOrDefault(s => s.UserName == person && s.Role == role);
            var result = await Processing.HandOverBatchAsync(rows.Select(r => r.Code).ToList(), role, target, note, officer);
            failures = result.Failed;
            if (result.HandedOver.Count > 0)
            {
                var centre = await Centre.GetAsync();
                var pdf = HandOverListForm.Render(new HandOverListData(DossierDocuments.Header(centre), officer.FullName,
                    target?.FullName ?? Roles.DisplayName(role), VnTime.Now(Clock), result.HandedOver, note));
                await JS.InvokeVoidAsync("oneStop.openPdf", Convert.ToBase64String(pdf));
                Snackbar.Add($"Đã bàn giao {result.HandedOver.Count} hồ sơ.", Severity.Success);
                rows.RemoveAll(r => result.HandedOver.Any(h => h.DossierCode == r.Code));
            }
        }
        finally
        {
            busy = false;
        }
    }
}
