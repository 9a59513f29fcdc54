using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using OneStop.Core.Dossiers;
using OneStop.Core.Payments;
using OneStop.Web.Hosting;

namespace OneStop.Web.Components.Payments;

/// <summary>Upload a bank statement, see what it matches (Core), confirm the matched lines as transfers (Core).</summary>
public partial class ReconciliationPage
{
    /// <summary>A statement of a few thousand lines is a few hundred KB; anything much larger is not a statement.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    [Inject] public required ReconciliationService Reconciliation { get; init; }
    [CascadingParameter] public Task<AuthenticationState>? AuthState { get; set; }

    private byte[]? file;
    private string? fileName, error, done;
    private ReconciliationReport? report;
    private readonly HashSet<int> selected = [];
    private bool busy;

    private async Task<Officer> OfficerAsync() => AuthState is null ? new Officer("", "", "") : (await AuthState).User.ToOfficer();

    private async Task UploadAsync(IBrowserFile? picked)
    {
        if (picked is null) return;
        error = done = null;
        report = null;
        selected.Clear();
        fileName = picked.Name;
        if (picked.Size > MaxFileBytes)
        {
            error = $"Tệp {picked.Name} lớn quá {MaxFileBytes / 1024 / 1024} MB, không phải một sao kê. Chọn tệp CSV xuất từ ngân hàng.";
            return;
        }
        busy = true;
        try
        {
            using var ms = new MemoryStream();
            await using (var s = picked.OpenReadStream(MaxFileBytes)) await s.CopyToAsync(ms);
            file = ms.ToArray();
            await PreviewAsync();
        }
        catch (IOException)
        {
            error = "Không đọc được tệp (mất kết nối khi tải lên). Chọn lại tệp.";
        }
        finally
        {
            busy = false;
        }
    }

    private async Task PreviewAsync()
    {
        if (file is null || fileName is null) return;
        var r = await Reconciliation.PreviewAsync(file, fileName, await OfficerAsync());
        if (!r.IsSuccess)
        {
            error = r.Error;
            return;
        }
        report = r.Value;
        selected.Clear();
        if (report!.PreviousImport is null)
            selected.UnionWith(report.With(LineOutcome.Matched).Select(l => l.Line.Line));
    }

    private async Task ConfirmAsync()
    {
        if (file is null || fileName is null) return;
        busy = true;
        try
        {
            var r = await Reconciliation.ConfirmAsync(file, fileName, selected, await OfficerAsync());
            if (!r.IsSuccess)
            {
                error = r.Error;
                return;
            }
            error = null;
            done = $"Đã ghi nhận {r.Value} hồ sơ đã nộp phí bằng chuyển khoản, mỗi hồ sơ một biên lai.";
            await PreviewAsync();
        }
        finally
        {
            busy = false;
        }
    }
}
