using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OneStop.Core.Accounts;
using OneStop.Core.Catalog;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;

namespace OneStop.Web.Components.Dossiers;

/// <summary>The actions a person may take on a dossier now, by status and role. Rules are enforced again in Core.</summary>
public partial class DossierActions
{
    [Parameter, EditorRequired] public Dossier D { get; set; } = default!;
    [Parameter, EditorRequired] public Officer Officer { get; set; } = default!;
    [Parameter, EditorRequired] public IReadOnlyCollection<string> UserRoles { get; set; } = [];
    [Parameter, EditorRequired] public IReadOnlyList<StepTemplate> Steps { get; set; } = [];
    [Parameter, EditorRequired] public IReadOnlyList<StaffMember> Staff { get; set; } = [];
    /// <summary>Raised after any attempt (success or conflict) so the page reloads fresh data.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }
    [Inject] public required ProcessingService Processing { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }

    private enum Panel { None, HandOver, Supplement, Apology, Return, Withdraw, Refuse, Edit }

    private sealed class Row
    {
        public string Item { get; set; } = "";
        public string Reason { get; set; } = "";
    }

    private Panel panel;
    private string? error;
    private int toStep;
    private string? toUser;
    private string? note;
    private List<Row> items = [new()];
    private string? newDueText;
    private bool isApplicant = true;
    private string? collector;
    private string? collectorId;
    private string? tracking;
    private string? requestedText;
    private EditModel edit = new();
    private string? editBirth;
    private IReadOnlyDictionary<string, string> editErrors = new Dictionary<string, string>();

    private sealed class EditModel
    {
        public string? FullName { get; set; }
        public string? IdNumber { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public string? Address { get; set; }
    }

    private bool EditHas(string key) => editErrors.ContainsKey(key);
    private string EditErr(string key) => editErrors.TryGetValue(key, out var e) ? e : "";

    private void StartEdit()
    {
        Open(Panel.Edit);
        edit = new EditModel { FullName = D.ApplicantName, IdNumber = D.ApplicantIdNumber, Phone = D.ApplicantPhone, Email = D.ApplicantEmail, Address = D.ApplicantAddress };
        editBirth = D.ApplicantBirthDate is { } b ? VnFormat.Date(b) : null;
        editErrors = new Dictionary<string, string>();
    }

    private async Task SaveEditAsync()
    {
        DateOnly? birth = null;
        if (!string.IsNullOrWhiteSpace(editBirth))
        {
            if (DateOnly.TryParseExact(editBirth.Trim(), ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var b)) birth = b;
            else { editErrors = new Dictionary<string, string> { ["BirthDate"] = "Ngày sinh có dạng dd/MM/yyyy." }; return; }
        }
        var request = new ReceptionRequest
        {
            FullName = edit.FullName, IdNumber = edit.IdNumber, BirthDate = birth, Phone = edit.Phone, Email = edit.Email, Address = edit.Address,
            OnBehalf = D.OnBehalfName is not null, OnBehalfName = D.OnBehalfName, OnBehalfIdNumber = D.OnBehalfIdNumber,
        };
        var r = await Processing.EditApplicantAsync(D.Id, D.Version, request, Officer);
        editErrors = r.FieldErrors;
        await DoneAsync(r, "Đã sửa thông tin; thay đổi được ghi vào nhật ký hồ sơ.");
    }

    private bool Is(params string[] roles) => roles.Any(UserRoles.Contains);
    private bool HoldsIt => D.Accepted && D.AssignedTo == Officer.UserName;
    private bool CanHandOver => (D.Status == DossierStatus.Received && (HoldsIt || Is(Roles.CounterOfficer))) || (D.Status == DossierStatus.InProgress && HoldsIt);
    private bool CanAccept => D.Status == DossierStatus.InProgress && !D.Accepted
        && (D.AssignedTo == Officer.UserName || (D.AssignedTo is null && D.HolderRole is { } r && UserRoles.Contains(r)));

    private void Open(Panel p)
    {
        panel = panel == p ? Panel.None : p;
        error = null;
        note = null;
        if (p == Panel.HandOver) { toStep = Math.Min(D.CurrentStep + 1, Math.Max(0, Steps.Count - 1)); toUser = null; }
        if (p == Panel.Withdraw) requestedText = VnFormat.Date(VnTime.DateOf(DateTimeOffset.UtcNow));
    }

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

    private Task HandOverAsync()
    {
        var step = Steps[toStep];
        var person = Staff.FirstOrDefault(s => s.UserName == toUser && s.Role == step.Role);
        return Run(() => Processing.HandOverAsync(D.Id, D.Version, new HandOverTarget(toStep, step.Role, person?.UserName, person?.FullName), note, Officer),
            $"Đã bàn giao cho {person?.FullName ?? Roles.DisplayName(step.Role)}.");
    }

    private Task AcceptAsync() => Run(() => Processing.AcceptAsync(D.Id, D.Version, Officer, UserRoles), "Đã nhận hồ sơ.");
    private Task ReadyAsync() => Run(() => Processing.MarkResultReadyAsync(D.Id, D.Version, Officer), "Đã chuyển kết quả sang bộ phận trả kết quả.");
    private Task SupplementDoneAsync() => Run(() => Processing.CompleteSupplementAsync(D.Id, D.Version, Officer), "Đã nhận đủ hồ sơ bổ sung; thời hạn được tính lại.");
    private Task DecideAsync(bool approve) => Run(() => Processing.DecideApologyAsync(D.Id, D.Version, approve, Officer), approve ? "Đã duyệt hẹn lại." : "Đã không duyệt.");

    private Task SupplementAsync() => Run(() => Processing.RequestSupplementAsync(D.Id, D.Version,
        items.Select(i => new SlipItem(i.Item, i.Reason)).ToList(), Officer), "Đã lập yêu cầu bổ sung (Mẫu 02).");

    private Task ProposeAsync()
    {
        if (!DateTime.TryParseExact(newDueText?.Trim(), ["dd/MM/yyyy HH:mm", "d/M/yyyy H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            error = "Ngày giờ hẹn mới có dạng dd/MM/yyyy HH:mm.";
            return Task.CompletedTask;
        }
        return Run(() => Processing.ProposeApologyAsync(D.Id, D.Version, new DateTimeOffset(t, VnTime.Offset), note ?? "", Officer), "Đã gửi đề nghị xin lỗi, hẹn lại.");
    }

    private Task ReturnAsync() => Run(() => Processing.ReturnAsync(D.Id, D.Version,
        new ReturnRequest(isApplicant, collector, collectorId, D.Delivery == ResultDelivery.ByPost, tracking), Officer), "Đã trả kết quả.");

    private Task WithdrawAsync()
    {
        if (!DateOnly.TryParseExact(requestedText?.Trim(), ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            error = "Ngày có dạng dd/MM/yyyy.";
            return Task.CompletedTask;
        }
        return Run(() => Processing.WithdrawAsync(D.Id, D.Version, d, note, Officer), "Đã dừng giải quyết hồ sơ (Mẫu 05).");
    }

    private Task RefuseAsync() => Run(() => Processing.RefuseAsync(D.Id, D.Version, note ?? "", Officer), "Đã từ chối giải quyết (Mẫu 03).");

    private async Task Run(Func<Task<Result>> op, string success) => await DoneAsync(await op(), success);
}
