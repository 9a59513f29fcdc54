using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;
using OneStop.Core.Calendar;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Web.Hosting;
using F = OneStop.Core.Dossiers.ReceptionService.Fields;

namespace OneStop.Web.Components.Dossiers;

public partial class ReceptionPage
{
    [Inject] public required CatalogService Catalog { get; init; }
    [Inject] public required ReceptionService Reception { get; init; }
    [Inject] public required CounterSlipService Slips { get; init; }
    [Inject] public required DossierService Dossiers { get; init; }
    [Inject] public required CalendarService Calendars { get; init; }
    [Inject] public required CentreService Centre { get; init; }
    [Inject] public required TimeProvider Clock { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }
    [CascadingParameter] public Task<AuthenticationState>? AuthState { get; set; }

    // Enter moves along this order; Enter on the last one saves.
    private static readonly string[] FieldOrder = ["rc-name", "rc-id", "rc-birth", "rc-phone", "rc-email", "rc-address"];

    private ProcedureSummary? selected;
    private Procedure? procedure;
    private IReadOnlyList<ChecklistItem> checklist = [];
    private FormModel form = new();
    private IReadOnlyDictionary<string, string> errors = new Dictionary<string, string>();
    private string? scanLine;
    private string? scanHint;
    private bool scanOk;
    private bool saving;
    private DateTimeOffset? duePreview;
    private CounterSlipKind? slipKind;
    private List<SlipRow> slipItems = [];
    private string? refusalReason;
    private string? slipUrl;
    private string? slipTitle;

    private sealed class FormModel
    {
        public string? FullName { get; set; }
        public string? IdNumber { get; set; }
        public string? BirthDateText { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public string? Address { get; set; }
        public bool OnBehalf { get; set; }
        public string? OnBehalfName { get; set; }
        public string? OnBehalfIdNumber { get; set; }
        public int Sets { get; set; } = 1;
        public ReceptionChannel Channel { get; set; } = ReceptionChannel.Direct;
        public string? SubmittedAtText { get; set; }
        public ResultDelivery Delivery { get; set; } = ResultDelivery.AtCounter;
        public string? PostalAddress { get; set; }
        public int Units { get; set; } = 1;
        public int Copies { get; set; } = 1;
        public HashSet<string> SelectedOptional { get; } = [];
        public bool Exempt { get; set; }
        public string? ExemptReason { get; set; }
    }

    private sealed class SlipRow
    {
        public string Item { get; set; } = "";
        public string Reason { get; set; } = "";
    }

    private bool Has(string key) => errors.ContainsKey(key);
    private string Err(string key) => errors.TryGetValue(key, out var e) ? e : "";

    private string UnitLabel => procedure?.Fees.FirstOrDefault(f => f.IsPerUnit)?.Unit is { } u ? $"Số {u}" : "Số đơn vị";

    private FeeQuote Quote => procedure is null
        ? new FeeQuote([], 0, null)
        : FeeCalculator.Quote(procedure, FeeRequestOf(form));

    private static FeeRequest FeeRequestOf(FormModel f) =>
        new(Math.Max(1, f.Units), Math.Max(1, f.Copies), f.SelectedOptional, f.Exempt ? (string.IsNullOrWhiteSpace(f.ExemptReason) ? "Miễn theo quy định" : f.ExemptReason) : null);

    private async Task<IEnumerable<ProcedureSummary>> SearchProceduresAsync(string? text, CancellationToken ct) =>
        await Catalog.SearchAsync(text, includeInactive: false, fieldCode: null, ct);

    private async Task OnProcedureAsync(ProcedureSummary? p)
    {
        selected = p;
        procedure = p is null ? null : await Catalog.GetAsync(p.Id);
        checklist = procedure?.Documents.Select(d => new ChecklistItem(d.Name, d.Form, d.Count, Provided: !d.Optional, d.Optional)).ToList() ?? [];
        form.SelectedOptional.Clear();
        await UpdateDueAsync();
        if (procedure is not null) await FocusAsync("rc-name");
    }

    private async Task UpdateDueAsync()
    {
        if (procedure is null) { duePreview = null; return; }
        var calendar = await Calendars.LoadAsync();
        var settings = await Centre.GetAsync();
        var deadline = procedure.Deadline.Kind == DeadlineKind.SameDay && procedure.Deadline.Cutoff is null
            ? procedure.Deadline with { Cutoff = settings.SameDayCutoff } : procedure.Deadline;
        duePreview = calendar.DueAt(VnTime.Now(Clock), deadline);
    }

    private async Task OnScanKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key is not ("Enter" or "NumpadEnter")) return;
        ApplyScan(await LiveValueAsync("rc-scan", scanLine));
        scanLine = "";
        await Shared.LiveInput.SetAsync(JS, "rc-scan", "");
        FocusAfterRender(scanOk ? "rc-phone" : "rc-scan");
    }

    /// <summary>Fills the applicant from a CCCD QR line, all or nothing.</summary>
    private bool ApplyScan(string? line)
    {
        if (!CccdQr.TryParse(line, out var data, out var error))
        {
            scanOk = false;
            scanHint = $"Không đọc được mã QR CCCD ({error}). Chưa điền thông tin nào; hãy quét lại hoặc nhập tay.";
            return false;
        }
        form.FullName = data.FullName;
        form.IdNumber = data.CitizenId.Value;
        form.BirthDateText = data.BirthDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        form.Address = data.Address;
        scanOk = true;
        scanHint = $"Đã điền từ CCCD: {data.FullName}, {data.SexText}, sinh {form.BirthDateText}.";
        return true;
    }

    private async Task OnFieldKeyAsync(KeyboardEventArgs e, string id)
    {
        if (e.Key is not ("Enter" or "NumpadEnter")) return;
        var text = await LiveValueAsync(id, FieldValue(id));
        SetField(id, text);
        // A USB scanner types the CCCD line into whichever box has the cursor, then Enter.
        if (id is "rc-name" or "rc-id" or "rc-address" && (CccdQr.Looks(text) || (text?.Contains('|', StringComparison.Ordinal) ?? false)))
        {
            if (id == "rc-name") form.FullName = null;
            if (id == "rc-id") form.IdNumber = null;
            if (id == "rc-address") form.Address = null;
            if (ApplyScan(text)) FocusAfterRender("rc-phone");
            await Shared.LiveInput.SetAsync(JS, id, FieldValue(id)); // the parsed value, or empty for a new scan
            return;
        }
        var i = Array.IndexOf(FieldOrder, id);
        if (i == FieldOrder.Length - 1) await SaveAsync();
        else await FocusAsync(FieldOrder[i + 1]);
    }

    private string? FieldValue(string id) => id switch
    {
        "rc-name" => form.FullName, "rc-id" => form.IdNumber, "rc-birth" => form.BirthDateText, "rc-phone" => form.Phone,
        "rc-email" => form.Email, "rc-address" => form.Address, _ => null,
    };

    private void SetField(string id, string? value)
    {
        switch (id)
        {
            case "rc-name": form.FullName = value; break;
            case "rc-id": form.IdNumber = value; break;
            case "rc-birth": form.BirthDateText = value; break;
            case "rc-phone": form.Phone = value; break;
            case "rc-email": form.Email = value; break;
            case "rc-address": form.Address = value; break;
        }
    }

    private Task<string?> LiveValueAsync(string id, string? bound) => Shared.LiveInput.ValueAsync(JS, id, bound);

    private void ToggleOptional(string name, bool on)
    {
        if (on) form.SelectedOptional.Add(name); else form.SelectedOptional.Remove(name);
    }

    private string? focusAfterRender;

    /// <summary>
    /// Moves the cursor once the boxes show what a scan filled in: leaving a box fires its change event with what it shows,
    /// which must be the parsed name, not the raw CCCD line still in it before the render.
    /// </summary>
    private void FocusAfterRender(string id) => focusAfterRender = id;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusAfterRender is { } id)
        {
            focusAfterRender = null;
            await FocusAsync(id);
        }
    }

    private async Task FocusAsync(string id)
    {
        try { await JS.InvokeVoidAsync("oneStop.focus", id); }
        catch (JSDisconnectedException) { }
    }

    private Officer CurrentOfficer() => AuthState is null ? new Officer("", "", "") : AuthState.Result.User.ToOfficer();

    private async Task SaveAsync()
    {
        if (saving) return;
        var local = new Dictionary<string, string>();
        DateOnly? birth = null;
        if (!string.IsNullOrWhiteSpace(form.BirthDateText))
        {
            if (DateOnly.TryParseExact(form.BirthDateText.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "ddMMyyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var b)) birth = b;
            else local[F.BirthDate] = "Ngày sinh có dạng dd/MM/yyyy, ví dụ 05/03/1990.";
        }
        DateTimeOffset? submitted = null;
        if (form.Channel == ReceptionChannel.Online && !string.IsNullOrWhiteSpace(form.SubmittedAtText))
        {
            if (DateTime.TryParseExact(form.SubmittedAtText.Trim(), ["dd/MM/yyyy HH:mm", "d/M/yyyy H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var s))
                submitted = new DateTimeOffset(s, VnTime.Offset);
            else local[F.SubmittedAt] = "Thời điểm có dạng dd/MM/yyyy HH:mm.";
        }
        if (local.Count > 0)
        {
            errors = local;
            Snackbar.Add("Vui lòng kiểm tra lại các trường được đánh dấu.", Severity.Error);
            return;
        }

        saving = true;
        try
        {
            var request = new ReceptionRequest
            {
                ProcedureId = procedure?.Id ?? 0,
                FullName = form.FullName, IdNumber = form.IdNumber, BirthDate = birth, Phone = form.Phone, Email = form.Email, Address = form.Address,
                OnBehalf = form.OnBehalf, OnBehalfName = form.OnBehalfName, OnBehalfIdNumber = form.OnBehalfIdNumber,
                Checklist = checklist, Sets = form.Sets, Channel = form.Channel, SubmittedAt = submitted,
                Delivery = form.Delivery, PostalAddress = form.PostalAddress, Fee = FeeRequestOf(form),
            };
            var r = await Reception.ReceiveAsync(request, CurrentOfficer());
            if (!r.IsSuccess)
            {
                errors = r.FieldErrors;
                Snackbar.Add(r.Error ?? "Chưa lưu được hồ sơ.", Severity.Error);
                var first = FieldOrder.FirstOrDefault(id => errors.ContainsKey(IdToField(id)));
                if (first is not null) await FocusAsync(first);
                return;
            }
            // The button is "receive and print": the dossier page shows the receipt to print, and the print is recorded here once.
            await Dossiers.RecordPrintAsync(r.Value!.Id, DossierService.ReceiptForm, CurrentOfficer());
            Snackbar.Add($"Đã tiếp nhận hồ sơ {r.Value.Code}.", Severity.Success);
            Navigation.NavigateTo($"/ho-so/{r.Value.Id}?moi=1");
        }
        finally
        {
            saving = false;
        }
    }

    private static string IdToField(string id) => id switch
    {
        "rc-name" => F.FullName, "rc-id" => F.IdNumber, "rc-birth" => F.BirthDate, "rc-phone" => F.Phone, "rc-email" => F.Email, _ => F.Address,
    };

    private void StartGuidance()
    {
        slipKind = CounterSlipKind.Guidance;
        slipItems = checklist.Where(c => !c.Provided && !c.Optional).Select(c => new SlipRow { Item = c.Name, Reason = "Chưa có trong hồ sơ" }).ToList();
        if (slipItems.Count == 0) slipItems.Add(new SlipRow());
        errors = new Dictionary<string, string>();
    }

    private void StartRefusal()
    {
        slipKind = CounterSlipKind.Refusal;
        refusalReason = "";
        errors = new Dictionary<string, string>();
    }

    private async Task SaveSlipAsync()
    {
        if (slipKind is not { } kind) return;
        var r = await Slips.CreateAsync(new CounterSlipRequest(kind, procedure?.Id ?? 0, form.FullName, form.IdNumber, form.Phone, form.Address, form.Email,
            slipItems.Select(i => new SlipItem(i.Item, i.Reason)).ToList(), refusalReason), CurrentOfficer());
        if (!r.IsSuccess)
        {
            errors = r.FieldErrors;
            Snackbar.Add(r.Error ?? "Chưa lưu được phiếu.", Severity.Error);
            return;
        }
        slipTitle = kind == CounterSlipKind.Guidance ? "phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)" : "phiếu từ chối tiếp nhận (Mẫu 03)";
        slipUrl = $"/phieu/{r.Value}.pdf";
        slipKind = null;
        try { await JS.InvokeVoidAsync("oneStop.openUrl", slipUrl); }
        catch (JSDisconnectedException) { }
    }

    private void Reset()
    {
        form = new FormModel();
        selected = null;
        procedure = null;
        checklist = [];
        errors = new Dictionary<string, string>();
        scanHint = null;
        duePreview = null;
        slipKind = null;
    }
}
