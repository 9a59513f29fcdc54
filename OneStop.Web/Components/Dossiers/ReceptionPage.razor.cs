using System.Data.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.JSInterop;
using MudBlazor;
using OneStop.Core.Catalog;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Scanning;
using OneStop.Web.Components.Shared;
using OneStop.Web.Hosting;

namespace OneStop.Web.Components.Dossiers;

/// <summary>
/// Reception at the counter. The page owns the form (<see cref="ReceptionForm"/>) and calls Core; each section is a
/// panel that shows part of the form and says what the officer did.
/// </summary>
public sealed partial class ReceptionPage : IDisposable
{
    [Inject] public required ScanService Scans { get; init; }
    [Inject] public required ScanTrays Trays { get; init; }
    [Inject] public required CentreService Centre { get; init; }
    [Inject] public required CatalogService Catalog { get; init; }
    [Inject] public required ReceptionService Reception { get; init; }
    [Inject] public required CounterSlipService Slips { get; init; }
    [Inject] public required DossierService Dossiers { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required ILogger<ReceptionPage> Logger { get; init; }
    [CascadingParameter] public Task<AuthenticationState>? AuthState { get; set; }

    /// <summary>Shown when the database failed under a save: the form stays as typed.</summary>
    public const string SaveFailedMessage = OneStop.Core.Backup.StorageFailure.Generic;

    [Inject] public required IServiceProvider Services { get; init; }

    /// <summary>The officer's message for this failure (disk full, read-only...), kept for the health check too.</summary>
    private string SaveFailed(Exception ex)
    {
        Services.GetService<OneStop.Core.Backup.StorageFailure>()?.Record(ex);
        return OneStop.Core.Backup.StorageFailure.Message(ex);
    }

    private ProcedureSummary? selected;
    private Procedure? procedure;
    private ReceptionForm form = new();
    private IReadOnlyDictionary<string, string> errors = FieldErrors.None;
    private bool saving;
    private DateTimeOffset? duePreview;
    private CounterSlipDraft? slip;
    private string? slipUrl;
    private string? slipTitle;
    private string? failure;
    // Scans uploaded per checklist item before the dossier exists: checked and staged now, attached right after the save.
    private readonly Dictionary<int, List<HeldScan>> held = [];
    private string? heldError;
    private IReadOnlyList<string> exemptionReasons = [];

    [Inject] public required OneStop.Core.Payments.PaymentService Payments { get; init; }

    protected override async Task OnInitializedAsync() => exemptionReasons = await Payments.ExemptionReasonsAsync();

    private FeeQuote Quote => procedure is null ? new FeeQuote([], 0, null) : FeeCalculator.Quote(procedure, form.Fee);

    private async Task<IEnumerable<ProcedureSummary>> SearchProceduresAsync(string? text, CancellationToken ct) =>
        await Catalog.SearchAsync(text, includeInactive: false, fieldCode: null, ct);

    /// <summary>The pick for the last Enter in the picker; a save waits for it, so keys typed at once save the right procedure.</summary>
    private Task pendingPick = Task.CompletedTask;
    private string? pickError;

    private Task PickFirstMatchAsync(string text)
    {
        pendingPick = PickAsync(pendingPick, text);
        return pendingPick;
    }

    private async Task PickAsync(Task previous, string text)
    {
        await previous;
        var first = (await SearchProceduresAsync(text, CancellationToken.None)).FirstOrDefault();
        if (first is null)
        {
            pickError = $"Không có thủ tục nào khớp với “{text.Trim()}”.";
            await Cursor.MoveFromAsync(JS, ApplicantPanel.NameId, ProcedurePicker.InputId);
            return;
        }
        await OnProcedureAsync(first);
    }

    private async Task OnProcedureAsync(ProcedureSummary? p)
    {
        pickError = null;
        selected = p;
        procedure = p is null ? null : await Catalog.GetAsync(p.Id);
        ReleaseHeld();
        form.StartChecklist(procedure);
        duePreview = procedure is null ? null : await Reception.PreviewDueAsync(procedure);
        if (procedure is not null) await Cursor.MoveFromAsync(JS, ProcedurePicker.InputId, ApplicantPanel.NameId);
    }

    private Officer CurrentOfficer() => AuthState is null ? new Officer("", "", "") : AuthState.Result.User.ToOfficer();

    private async Task SaveAsync()
    {
        if (saving) return;
        saving = true;
        try { await pendingPick; } finally { saving = false; }
        var (request, formatErrors) = form.ToRequest(procedure?.Id ?? 0);
        if (request is null)
        {
            errors = formatErrors;
            Snackbar.Add("Vui lòng kiểm tra lại các trường được đánh dấu.", Severity.Error);
            return;
        }

        saving = true;
        failure = null;
        try
        {
            var r = await Reception.ReceiveAsync(request, CurrentOfficer());
            if (!r.IsSuccess)
            {
                errors = r.FieldErrors;
                Snackbar.Add(r.Error ?? "Chưa lưu được hồ sơ.", Severity.Error);
                if (ApplicantPanel.FirstBoxWithError(errors) is { } first) await Cursor.MoveToAsync(JS, first);
                return;
            }
            // The button is "receive and print": the dossier page shows the receipt to print, and the print is recorded here once.
            await Dossiers.RecordPrintAsync(r.Value!.Id, DossierService.ReceiptForm, CurrentOfficer());
            if (await AttachHeldAsync(r.Value.Id) is { } note) Snackbar.Add(note, Severity.Warning);
            Snackbar.Add($"Đã tiếp nhận hồ sơ {r.Value.Code}.", Severity.Success);
            Navigation.NavigateTo($"/ho-so/{r.Value.Id}?moi=1");
        }
        catch (Exception ex) when (IsDatabaseFailure(ex))
        {
            // Caught here rather than by the layout's error boundary, which would rebuild the page and lose the form.
            Logger.LogError(ex, "Saving a reception failed in the database; the form is kept for another try");
            failure = SaveFailed(ex);
        }
        finally
        {
            saving = false;
        }
    }

    private static bool IsDatabaseFailure(Exception ex) => ex is DbException or DbUpdateException or TimeoutException;

    private void StartGuidance()
    {
        slip = CounterSlipDraft.Guidance(form.Checklist);
        errors = FieldErrors.None;
    }

    private void StartRefusal()
    {
        slip = CounterSlipDraft.Refusal();
        errors = FieldErrors.None;
    }

    private async Task SaveSlipAsync()
    {
        if (slip is not { } draft) return;
        var a = form.Applicant;
        failure = null;
        Result<long> r;
        try
        {
            r = await Slips.CreateAsync(new CounterSlipRequest(draft.Kind, procedure?.Id ?? 0, a.FullName, a.IdNumber, a.Phone, a.Address, a.Email,
                draft.ToItems(), draft.Reason), CurrentOfficer());
        }
        catch (Exception ex) when (IsDatabaseFailure(ex))
        {
            Logger.LogError(ex, "Saving a counter slip failed in the database; the draft is kept for another try");
            failure = SaveFailed(ex);
            return;
        }
        if (!r.IsSuccess)
        {
            errors = r.FieldErrors;
            Snackbar.Add(r.Error ?? "Chưa lưu được phiếu.", Severity.Error);
            return;
        }
        slipTitle = draft.Title;
        slipUrl = $"/phieu/{r.Value}.pdf";
        slip = null;
        try { await JS.InvokeVoidAsync("oneStop.openUrl", slipUrl); }
        catch (JSDisconnectedException) { }
    }

    private void Reset()
    {
        form = new ReceptionForm();
        selected = null;
        procedure = null;
        pickError = null;
        errors = FieldErrors.None;
        duePreview = null;
        slip = null;
        failure = null;
        ReleaseHeld();
    }

    private IReadOnlyList<HeldScan> HeldOf(int item) => held.TryGetValue(item, out var list) ? list : [];

    private async Task HoldAsync(InputFileChangeEventArgs e, int item)
    {
        heldError = null;
        var settings = await Centre.GetAsync();
        var max = settings.ScanFileLimitMb * 1024L * 1024 + 1;
        foreach (var f in e.GetMultipleFiles(20))
        {
            try
            {
                await using var stream = f.OpenReadStream(max);
                var r = await Scans.HoldAsync(stream, f.Name);
                if (!r.IsSuccess) { heldError = $"{f.Name}: {r.Error}"; continue; }
                if (!held.TryGetValue(item, out var list)) held[item] = list = [];
                list.Add(r.Value!);
            }
            catch (IOException)
            {
                heldError = $"{f.Name}: tải tệp lên bị gián đoạn; tệp chưa được nhận. Vui lòng thử lại.";
            }
        }
    }

    private void ReleaseHeld(int item, HeldScan file)
    {
        if (held.TryGetValue(item, out var list) && list.Remove(file)) Scans.Release(file);
    }

    private void ReleaseHeld()
    {
        foreach (var f in held.Values.SelectMany(l => l)) Scans.Release(f);
        held.Clear();
        heldError = null;
    }

    /// <summary>
    /// Attaches the held scans to the saved dossier. One that cannot be attached (limit, database) is not lost: it goes to the
    /// officer's tray "Bản quét chờ gán", where it can be assigned on the dossier page. Returns what to tell the officer, if anything.
    /// </summary>
    private async Task<string?> AttachHeldAsync(long dossierId)
    {
        var officer = CurrentOfficer();
        var toTray = new List<string>();
        foreach (var (item, files) in held)
        {
            foreach (var f in files)
            {
                try
                {
                    if ((await Scans.AttachHeldAsync(dossierId, item, f, officer)).IsSuccess) continue;
                }
                catch (Exception ex) when (IsDatabaseFailure(ex))
                {
                    Logger.LogError(ex, "Attaching a scan held on the reception form failed; the file goes to the counter's tray");
                }
                toTray.Add(await Trays.ReturnToTrayAsync(officer.UserName, f));
            }
        }
        held.Clear();
        return toTray.Count == 0 ? null
            : $"{toTray.Count} tệp chưa đính kèm được ({string.Join(", ", toTray)}), đã chuyển vào “Bản quét chờ gán” để gán lại.";
    }

    public void Dispose() => ReleaseHeld();
}
