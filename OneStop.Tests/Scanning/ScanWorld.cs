using Microsoft.EntityFrameworkCore;
using OneStop.Core.Dossiers;
using OneStop.Core.Scanning;
using OneStop.Tests.Dossiers.Processing;

namespace OneStop.Tests.Scanning;

/// <summary>The processing harness (in-memory SQLite, demo centre) plus a scans folder in a temp directory and the scan services.</summary>
public sealed class ScanWorld : IDisposable
{
    public static readonly DateTimeOffset Morning = ProcessingHarness.Vn(2026, 11, 25, 9, 0);
    public static readonly string[] Papers = ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh", "Giấy chứng nhận kết hôn của cha mẹ"];

    private ScanWorld(ProcessingHarness h, string folder)
    {
        H = h;
        Folder = folder;
        Storage = new ScanStorage(Path.Combine(folder, "scans"));
        Scans = new ScanService(h.Factory, Storage, h.Centre, h.Clock);
        Trays = new ScanTrays(h.Factory, Scans, new ScanTrayOptions { InboxRoot = Path.Combine(folder, "inbox") }, h.Clock);
    }

    public ProcessingHarness H { get; }
    public string Folder { get; }
    public ScanStorage Storage { get; }
    public ScanService Scans { get; }
    public ScanTrays Trays { get; }
    public Officer Counter => ProcessingHarness.Counter;

    public static async Task<ScanWorld> CreateAsync() =>
        new(await ProcessingHarness.InMemoryAsync(Morning), Directory.CreateTempSubdirectory("onestop-scans-").FullName);

    /// <summary>A dossier received with the three papers handed in (the third optional and not handed in when <paramref name="third"/> is false).</summary>
    public async Task<long> ReceiveAsync(string id = ProcessingHarness.ApplicantId, bool third = true)
    {
        var r = await H.Reception.ReceiveAsync(new ReceptionRequest
        {
            ProcedureId = H.ProcedureId, FullName = "Nguyễn Thị Hồng Nhung", IdNumber = id, Phone = "0912345678",
            Address = "Tổ 5, phường Chiềng Lề, tỉnh Sơn La",
            Checklist =
            [
                new ChecklistItem(Papers[0], Core.Catalog.DocumentForm.Original, 1, Provided: true),
                new ChecklistItem(Papers[1], Core.Catalog.DocumentForm.Original, 1, Provided: true),
                new ChecklistItem(Papers[2], Core.Catalog.DocumentForm.Original, 1, Provided: third, Optional: true),
            ],
        }, Counter);
        Assert.True(r.IsSuccess, r.Error + " " + string.Join("; ", r.FieldErrors.Values));
        return r.Value!.Id;
    }

    public async Task<AttachmentRow> AttachOkAsync(long dossier, int? item, byte[] bytes, string name = "ban-quet.pdf", Officer? by = null)
    {
        var r = await Scans.AttachAsync(dossier, item, new MemoryStream(bytes), name, by ?? Counter);
        Assert.True(r.IsSuccess, r.Error);
        return r.Value!;
    }

    public async Task<int> CountAsync<T>() where T : class
    {
        await using var db = await H.Factory.CreateDbContextAsync();
        return await db.Set<T>().CountAsync();
    }

    public int StoredFiles => Directory.EnumerateFiles(Storage.Root, "*", SearchOption.AllDirectories).Count(f => Path.GetDirectoryName(f) != Path.Combine(Storage.Root, "tmp"));
    public int TempFiles => Directory.EnumerateFiles(Path.Combine(Storage.Root, "tmp")).Count();

    public void Dispose()
    {
        H.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
