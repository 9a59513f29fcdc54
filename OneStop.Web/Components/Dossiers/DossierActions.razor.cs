using Microsoft.AspNetCore.Components;
using MudBlazor;
using OneStop.Core.Accounts;
using OneStop.Core.Catalog;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Web.Components.Dossiers.Actions;

namespace OneStop.Web.Components.Dossiers;

/// <summary>
/// The actions the signed-in officer may take on a dossier now. Which ones is Core's answer
/// (<see cref="DossierPermissions"/>); the services enforce the same answer whoever calls them.
/// </summary>
public partial class DossierActions
{
    [Parameter, EditorRequired] public Dossier Dossier { get; set; } = default!;
    [Parameter, EditorRequired] public Officer Officer { get; set; } = default!;
    [Parameter, EditorRequired] public IReadOnlyList<StepTemplate> Steps { get; set; } = [];
    [Parameter, EditorRequired] public IReadOnlyList<StaffMember> Staff { get; set; } = [];
    /// <summary>Raised after any attempt (success or conflict) so the page reloads fresh data.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }
    [Inject] public required ProcessingService Processing { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }

    private enum Panel { None, HandOver, Supplement, Apology, Return, Withdraw, Refuse, Edit }

    private Panel panel;
    private string? error;
    private IReadOnlyDictionary<DossierAction, Permission> permissions = new Dictionary<DossierAction, Permission>();
    private IReadOnlyDictionary<string, string> editErrors = new Dictionary<string, string>();

    private bool feeUnpaid;
    private long? openedFor;

    protected override async Task OnParametersSetAsync()
    {
        permissions = DossierPermissions.For(Dossier, Officer);
        feeUnpaid = Can(DossierAction.Return) && await Processing.IsFeeUnpaidAsync(Dossier.Id);
        // Return by two scans: a dossier the counter may return opens with the return panel, the cursor in the collector's box.
        if (openedFor != Dossier.Id)
        {
            openedFor = Dossier.Id;
            if (Can(DossierAction.Return) && panel == Panel.None) panel = Panel.Return;
        }
    }

    private bool Can(DossierAction action) => permissions.TryGetValue(action, out var p) && p.Allowed;

    private void Open(Panel p)
    {
        panel = panel == p ? Panel.None : p;
        error = null;
        editErrors = new Dictionary<string, string>();
    }

    private Task HandOverAsync(HandOverChoice c) =>
        Run(() => Processing.HandOverAsync(Dossier.Id, Dossier.Version, c.Target, c.Note, Officer),
            $"Đã bàn giao cho {c.Target.FullName ?? Roles.DisplayName(c.Target.Role)}.");

    private Task AcceptAsync() => Run(() => Processing.AcceptAsync(Dossier.Id, Dossier.Version, Officer), "Đã nhận hồ sơ.");

    private Task ReadyAsync() => Run(() => Processing.MarkResultReadyAsync(Dossier.Id, Dossier.Version, Officer), "Đã chuyển kết quả sang bộ phận trả kết quả.");

    private Task SupplementDoneAsync() =>
        Run(() => Processing.CompleteSupplementAsync(Dossier.Id, Dossier.Version, Officer), "Đã nhận đủ hồ sơ bổ sung; thời hạn được tính lại.");

    private Task DecideAsync(bool approve) =>
        Run(() => Processing.DecideApologyAsync(Dossier.Id, Dossier.Version, approve, Officer), approve ? "Đã duyệt hẹn lại." : "Đã không duyệt.");

    private Task SupplementAsync(IReadOnlyList<SlipItem> items) =>
        Run(() => Processing.RequestSupplementAsync(Dossier.Id, Dossier.Version, items, Officer), "Đã lập yêu cầu bổ sung (Mẫu 02).");

    private Task ProposeAsync(ApologyProposal p) =>
        Run(() => Processing.ProposeApologyAsync(Dossier.Id, Dossier.Version, p.NewDueAt, p.Reason, Officer), "Đã gửi đề nghị xin lỗi, hẹn lại.");

    private Task ReturnAsync(ReturnRequest r) => Run(() => Processing.ReturnAsync(Dossier.Id, Dossier.Version, r, Officer), "Đã trả kết quả.");

    private Task WithdrawAsync(WithdrawalRequest w) =>
        Run(() => Processing.WithdrawAsync(Dossier.Id, Dossier.Version, w.RequestedOn, w.Reason, Officer), "Đã dừng giải quyết hồ sơ (Mẫu 05).");

    private Task RefuseAsync(string reason) => Run(() => Processing.RefuseAsync(Dossier.Id, Dossier.Version, reason, Officer), "Đã từ chối giải quyết.");

    private async Task SaveEditAsync(ReceptionRequest edited)
    {
        var r = await Processing.EditApplicantAsync(Dossier.Id, Dossier.Version, edited, Officer);
        editErrors = r.FieldErrors;
        await DoneAsync(r, "Đã sửa thông tin; thay đổi được ghi vào nhật ký hồ sơ.");
    }

    private async Task Run(Func<Task<Result>> op, string success) => await DoneAsync(await op(), success);

    private async Task DoneAsync(Result r, string success)
    {
        if (r.IsSuccess)
        {
            Snackbar.Add(success, Severity.Success);
            panel = Panel.None;
            error = null;
        }
        else
        {
            error = r.Error;
        }
        await OnChanged.InvokeAsync();
    }
}
