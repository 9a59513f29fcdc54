using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using OneStop.Core.Dossiers;
using OneStop.Web.Components.Shared;

namespace OneStop.Web.Components.Dossiers.Actions;

/// <summary>
/// The return of a result. A CCCD QR scanned into the collector's box is read with Core's <see cref="CccdQr"/> parser and
/// leaves only the 12 digits in the box; whether they match the applicant is Core's check (<see cref="ProcessingService.ReturnAsync"/>).
/// </summary>
public partial class ReturnPanel
{
    public const string IdBoxId = "rt-id", TrackingId = "rt-tracking";

    [Parameter, EditorRequired] public bool ByPost { get; set; }
    /// <summary>A fee is due and neither paid nor exempted: the officer must confirm to return anyway.</summary>
    [Parameter] public bool FeeUnpaid { get; set; }
    [Parameter, EditorRequired] public EventCallback<ReturnRequest> OnConfirm { get; set; }
    [Inject] public required IJSRuntime JS { get; init; }

    private bool isApplicant = true;
    private string? collector;
    private string? collectorId;
    private string? tracking;
    private bool acceptUnpaidFee;
    private string? scanHint;
    private bool scanOk;
    /// <summary>The last CCCD line read: an Enter pressed at once after the scanner's own Enter still sees it in the box.</summary>
    private string? lastScan;
    /// <summary>The Enter handled last: the next one starts after it (a successful return closes this panel mid-queue).</summary>
    private Task lastEnter = Task.CompletedTask;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The panel opens with the cursor where the collector's CCCD goes (or the tracking number for the post).
        if (firstRender) await Cursor.MoveToAsync(JS, ByPost ? TrackingId : IdBoxId);
    }

    private Task ConfirmAsync() => OnConfirm.InvokeAsync(new ReturnRequest(isApplicant, collector, collectorId, ByPost, tracking, acceptUnpaidFee));

    private async Task OnTrackingKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key is not ("Enter" or "NumpadEnter")) return;
        tracking = await LiveInput.ValueAsync(JS, TrackingId, tracking);
        await ConfirmAsync();
    }

    /// <summary>Enters are handled in the order pressed: the officer's Enter right after a scan comes after the scan is read.</summary>
    private Task OnIdKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key is not ("Enter" or "NumpadEnter")) return Task.CompletedTask;
        lastEnter = AfterAsync(lastEnter);
        return lastEnter;
    }

    private async Task AfterAsync(Task previous)
    {
        // The previous Enter's failure was reported by its own event; this one still runs.
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        await OnIdEnterAsync();
    }

    private async Task OnIdEnterAsync()
    {
        var text = (await LiveInput.ValueAsync(JS, IdBoxId, collectorId) ?? "").Trim();
        if (lastScan is not null && text == lastScan) text = collectorId ?? "";
        if (CccdQr.Looks(text) || text.Contains('|', StringComparison.Ordinal))
        {
            if (CccdQr.TryParse(text, out var data, out var error))
            {
                collectorId = data.CitizenId.Value;
                if (!isApplicant) collector = data.FullName;
                lastScan = text;
                scanOk = true;
                scanHint = $"Đã đọc CCCD: {data.FullName}, số {data.CitizenId.Value}. Enter để trả kết quả.";
            }
            else
            {
                collectorId = "";
                scanOk = false;
                scanHint = $"Không đọc được mã QR CCCD ({error}). Hãy quét lại hoặc nhập 12 chữ số.";
            }
            await LiveInput.SetAsync(JS, IdBoxId, collectorId);
            return;
        }
        collectorId = text;
        await ConfirmAsync();
    }
}
