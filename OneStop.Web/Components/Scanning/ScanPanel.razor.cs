using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using OneStop.Core.Accounts;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Scanning;

namespace OneStop.Web.Components.Scanning;

/// <summary>
/// The dossier's scans per checklist item, the digitised result, the counter's scan tray and papers reusable from the
/// citizen's earlier dossiers. What the officer may do comes from <see cref="DossierPermissions"/>, as in the service.
/// </summary>
public sealed partial class ScanPanel
{
    [Parameter, EditorRequired] public required Dossier Dossier { get; set; }
    [Parameter, EditorRequired] public required Officer Officer { get; set; }
    [Parameter] public EventCallback OnChanged { get; set; }
    [Inject] public required ScanService Scans { get; init; }
    [Inject] public required ScanTrays Trays { get; init; }
    [Inject] public required CentreService Centre { get; init; }

    private Digitisation? digitisation;
    private IReadOnlyList<TrayFile> tray = [];
    private IReadOnlyList<ReusablePaper> reusable = [];
    private string? trayFolder;
    private string? error;
    private bool busy;
    private bool canAttach;
    private bool canAttachResult;

    protected override void OnInitialized() => Trays.Changed += OnTrayChanged;

    protected override async Task OnParametersSetAsync()
    {
        canAttach = DossierPermissions.Check(DossierAction.AttachScan, Dossier, Officer).Allowed;
        canAttachResult = DossierPermissions.Check(DossierAction.AttachResult, Dossier, Officer).Allowed;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        digitisation = await Scans.GetAsync(Dossier.Id);
        if (canAttach && Officer.Has(Roles.CounterOfficer))
        {
            trayFolder = await Trays.FolderOfAsync(Officer.UserName);
            tray = await Trays.ListAsync(Officer.UserName);
        }
        reusable = canAttach ? await Scans.ReusableAsync(Dossier.Id) : [];
    }

    private void OnTrayChanged() => _ = InvokeAsync(async () =>
    {
        if (trayFolder is null) return;
        tray = await Trays.ListAsync(Officer.UserName);
        StateHasChanged();
    });

    /// <summary>Images chosen together for one item, held in the store until the officer has put them in order.</summary>
    private sealed record Ordering(int Item, List<HeldScan> Images);

    private Ordering? ordering;

    private async Task UploadAsync(InputFileChangeEventArgs e, int? item)
    {
        var settings = await Centre.GetAsync();
        // One byte over the limit still streams, so the service can answer with its Vietnamese message.
        var max = settings.ScanFileLimitMb * 1024L * 1024 + 1;
        var files = e.GetMultipleFiles(20);
        await RunAsync(async () =>
        {
            var images = files.Count > 1 && item is not null && files.All(f => f.ContentType is "image/jpeg" or "image/png");
            if (images)
            {
                CancelOrdering();
                var held = new List<HeldScan>();
                foreach (var f in files)
                {
                    await using var s = f.OpenReadStream(max);
                    var r = await Scans.HoldAsync(s, f.Name);
                    if (!r.IsSuccess)
                    {
                        foreach (var h in held) Scans.Release(h);
                        return Result.Invalid($"{f.Name}: {r.Error}");
                    }
                    held.Add(r.Value!);
                }
                ordering = new Ordering(item!.Value, held);
                return Result.Ok();
            }
            Result last = Result.Ok();
            foreach (var f in files)
            {
                await using var s = f.OpenReadStream(max);
                last = await Scans.AttachAsync(Dossier.Id, item, s, f.Name, Officer);
                if (!last.IsSuccess) return Result.Invalid($"{f.Name}: {last.Error}");
            }
            return last;
        });
    }

    private void Move(int at, int by)
    {
        if (ordering is not { } o || at + by < 0 || at + by >= o.Images.Count) return;
        (o.Images[at], o.Images[at + by]) = (o.Images[at + by], o.Images[at]);
    }

    private Task CombineAsync() => RunAsync(async () =>
    {
        if (ordering is not { } o) return Result.Ok();
        var name = ScanFileName.Parse(Dossier.Checklist[o.Item].Name + ".pdf").Value ?? "anh-ghep.pdf";
        var r = await Scans.CombineHeldAsync(Dossier.Id, o.Item, o.Images, name, Officer);
        if (r.IsSuccess) ordering = null;
        return r;
    });

    private void CancelOrdering()
    {
        if (ordering is { } o) foreach (var h in o.Images) Scans.Release(h);
        ordering = null;
    }

    private Task AssignAsync(string file, int item) =>
        RunAsync(async () => await Trays.AssignAsync(Officer.UserName, file, Dossier.Id, item, Officer));

    private Task ReuseAsync(int item, long attachmentId) =>
        RunAsync(async () => await Scans.ReuseAsync(Dossier.Id, item, attachmentId, Officer));

    private Task RemoveAsync(long attachmentId) => RunAsync(() => Scans.RemoveAsync(attachmentId, Officer));

    private async Task RunAsync(Func<Task<Result>> action)
    {
        busy = true;
        error = null;
        try
        {
            var r = await action();
            if (!r.IsSuccess) error = r.Error;
        }
        catch (IOException)
        {
            error = "Tải tệp lên bị gián đoạn; tệp chưa được đính kèm. Vui lòng thử lại.";
        }
        finally
        {
            busy = false;
        }
        await LoadAsync();
        await OnChanged.InvokeAsync();
    }

    private static string SizeText(long bytes) => bytes < 1024 * 1024
        ? (bytes / 1024.0).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + " KB"
        : (bytes / 1024.0 / 1024).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + " MB";

    public void Dispose()
    {
        Trays.Changed -= OnTrayChanged;
        CancelOrdering();
    }
}
