using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using OneStop.Core.Dossiers;
using OneStop.Web.Components.Shared;
using F = OneStop.Core.Dossiers.ReceptionService.Fields;

namespace OneStop.Web.Components.Dossiers;

/// <summary>
/// The applicant boxes of the reception page, fed by the keyboard or a USB scanner reading the CCCD QR: Enter moves to
/// the next box, Enter in the address box asks the page to save (<see cref="OnSubmit"/>), a CCCD line scanned into the
/// scan box or into the name, ID or address box fills the applicant, all or nothing.
/// </summary>
/// <remarks>
/// The boxes are bound on change, not per keystroke: a render racing a scanner would rewrite the box with a shorter text.
/// Enter reads what the box showed at that moment (<see cref="LiveInput"/>), and after a scan this panel writes what the
/// box shows next, then moves the cursor only once the boxes show the parsed values (<see cref="OnAfterRenderAsync"/>).
/// </remarks>
public partial class ApplicantPanel : IDisposable
{
    public const string ScanId = "rc-scan", NameId = "rc-name", IdNumberId = "rc-id", BirthDateId = "rc-birth",
        PhoneId = "rc-phone", EmailId = "rc-email", AddressId = "rc-address";

    [Inject] public required IJSRuntime JS { get; init; }

    /// <summary>The applicant being typed; the panel's boxes write into it.</summary>
    [Parameter, EditorRequired] public ApplicantForm Applicant { get; set; } = default!;
    [Parameter, EditorRequired] public IReadOnlyDictionary<string, string> Errors { get; set; } = FieldErrors.None;
    /// <summary>Enter in the last box (the address).</summary>
    [Parameter] public EventCallback OnSubmit { get; set; }

    /// <summary>One text box: its element id (browser tests and focus use it), its error key, its value in the form.</summary>
    private sealed record Box(string Id, string Key, string Label, int Md, Func<ApplicantForm, string?> Get, Action<ApplicantForm, string?> Set,
        bool Required = false, string? Placeholder = null, string? Helper = null, bool MayReceiveScan = false);

    /// <summary>In the order Enter moves along; Enter in the last one saves.</summary>
    private static readonly Box[] Boxes =
    [
        new(NameId, F.FullName, "Họ và tên", 6, a => a.FullName, (a, v) => a.FullName = v, Required: true, MayReceiveScan: true),
        new(IdNumberId, F.IdNumber, "Số định danh cá nhân (CCCD)", 6, a => a.IdNumber, (a, v) => a.IdNumber = v,
            Required: true, Helper: "12 chữ số", MayReceiveScan: true),
        new(BirthDateId, F.BirthDate, "Ngày sinh", 4, a => a.BirthDate, (a, v) => a.BirthDate = v, Placeholder: "dd/MM/yyyy"),
        new(PhoneId, F.Phone, "Số điện thoại", 4, a => a.Phone, (a, v) => a.Phone = v),
        new(EmailId, F.Email, "Email (không bắt buộc)", 4, a => a.Email, (a, v) => a.Email = v),
        new(AddressId, F.Address, "Địa chỉ", 12, a => a.Address, (a, v) => a.Address = v,
            Required: true, Helper: "Enter ở ô này để lưu và in giấy tiếp nhận", MayReceiveScan: true),
    ];

    /// <summary>The first box, in Enter order, that has an error among <paramref name="errors"/>; null when none has.</summary>
    public static string? FirstBoxWithError(IReadOnlyDictionary<string, string> errors) =>
        Boxes.FirstOrDefault(b => errors.ContainsKey(b.Key))?.Id;

    private string? scanLine;
    private string? scanHint;
    private bool scanOk;
    private (string From, string To)? focusAfterRender;
    private ApplicantForm? shown;

    protected override void OnParametersSet()
    {
        // A new applicant (the page's "Nhập hồ sơ khác") forgets the hint about the previous card.
        if (!ReferenceEquals(shown, Applicant))
        {
            shown = Applicant;
            scanHint = null;
        }
    }

    /// <summary>
    /// Enters are handled one after the other, in the order pressed: keys typed with no delay reach the server while an
    /// earlier Enter still waits for its box's text, and a save must not run before the scan typed before it is applied.
    /// </summary>
    private readonly SemaphoreSlim enterOneByOne = new(1, 1);

    public void Dispose()
    {
        enterOneByOne.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task InOrderAsync(Func<Task> handle)
    {
        await enterOneByOne.WaitAsync();
        try { await handle(); }
        finally { enterOneByOne.Release(); }
    }

    private Task OnScanKeyAsync(KeyboardEventArgs e) => e.Key is "Enter" or "NumpadEnter" ? InOrderAsync(OnScanEnterAsync) : Task.CompletedTask;

    private async Task OnScanEnterAsync()
    {
        ApplyScan(await LiveInput.ValueAsync(JS, ScanId, scanLine));
        scanLine = "";
        await LiveInput.SetAsync(JS, ScanId, "");
        FocusAfterRender(ScanId, scanOk ? PhoneId : ScanId);
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
        Applicant.Fill(data);
        scanOk = true;
        scanHint = $"Đã điền từ CCCD: {data.FullName}, {data.SexText}, sinh {Applicant.BirthDate}.";
        return true;
    }

    private Task OnBoxKeyAsync(KeyboardEventArgs e, Box box) =>
        e.Key is "Enter" or "NumpadEnter" ? InOrderAsync(() => OnBoxEnterAsync(box)) : Task.CompletedTask;

    private async Task OnBoxEnterAsync(Box box)
    {
        var text = await LiveInput.ValueAsync(JS, box.Id, box.Get(Applicant));
        // Enter pressed at once after a scan can come before the render that shows what the scan filled in this box.
        if (string.IsNullOrEmpty(text)) text = box.Get(Applicant);
        box.Set(Applicant, text);
        // A USB scanner types the CCCD line into whichever box has the cursor, then Enter. Only a line of the card's
        // whole shape is a scan: a '|' typed in the address is part of the address.
        if (box.MayReceiveScan && CccdQr.Looks(text))
        {
            box.Set(Applicant, null);
            if (ApplyScan(text)) FocusAfterRender(box.Id, PhoneId);
            await LiveInput.SetAsync(JS, box.Id, box.Get(Applicant)); // the parsed value, or empty for a new scan
            return;
        }
        var i = Array.IndexOf(Boxes, box);
        if (i == Boxes.Length - 1) await OnSubmit.InvokeAsync();
        else await Cursor.MoveFromAsync(JS, box.Id, Boxes[i + 1].Id);
    }

    /// <summary>
    /// Moves the cursor once the boxes show what a scan filled in: leaving a box fires its change event with what it shows,
    /// which must be the parsed name, not the raw CCCD line still in it before the render.
    /// </summary>
    private void FocusAfterRender(string fromId, string id) => focusAfterRender = (fromId, id);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusAfterRender is { } move)
        {
            focusAfterRender = null;
            await Cursor.MoveFromAsync(JS, move.From, move.To);
        }
    }
}
