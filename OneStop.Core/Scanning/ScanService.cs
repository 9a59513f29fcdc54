using Microsoft.EntityFrameworkCore;
using OneStop.Core.Centre;
using OneStop.Core.Common;
using OneStop.Core.Dossiers;
using OneStop.Core.Persistence;

namespace OneStop.Core.Scanning;

/// <summary>An attachment as the dossier page lists it.</summary>
public sealed record AttachmentRow(long Id, int? ItemIndex, string ItemName, string FileName, string ContentType, long Size, int Pages,
    string Hash, string AttachedByName, DateTimeOffset AttachedAt, string? ReusedFromCode);

/// <summary>One checklist paper with its scans.</summary>
public sealed record DigitisedItem(int Index, string Name, bool Provided, bool Optional, IReadOnlyList<AttachmentRow> Scans)
{
    /// <summary>A paper handed in needs a scan; one not handed in has nothing to digitise.</summary>
    public bool Missing => Provided && Scans.Count == 0;
}

/// <summary>The digitisation of a dossier: per checklist item, the result, and the totals the status line shows.</summary>
public sealed record Digitisation(IReadOnlyList<DigitisedItem> Items, IReadOnlyList<AttachmentRow> Result, long TotalBytes)
{
    public int MissingCount => Items.Count(i => i.Missing);
    public bool Complete => MissingCount == 0 && Items.Any(i => i.Provided);
    public bool ResultDigitised => Result.Count > 0;
    public string Status => Complete ? "Đã số hóa đủ" : $"Thiếu {MissingCount} mục";
}

/// <summary>A paper already digitised in an earlier dossier of the same citizen (same CCCD).</summary>
public sealed record ReusablePaper(long AttachmentId, string ItemName, string FileName, int Pages, DateTimeOffset AttachedAt,
    long DossierId, string DossierCode);

/// <summary>
/// A file uploaded and checked but not attached yet (the reception form before its save, images waiting to be put in order):
/// staged in the store's temporary folder, its kind and pages known. Attach it, combine it, or release it.
/// </summary>
public sealed record HeldScan(string FileName, ScanKind Kind, int Pages, long Size, string Hash, string TempPath)
{
    public bool IsImage => Kind is ScanKind.Jpeg or ScanKind.Png;
    internal StagedScan Staged => new(TempPath, Hash, Size);
}

/// <summary>A stored scan ready to send (preview endpoint).</summary>
public sealed record ScanDownload(long DossierId, string Path, string ContentType, string FileName);

/// <summary>
/// Attaches scans to dossiers, removes and moves them, reuses papers digitised for the same citizen, and attaches the
/// digitised result. Every change is one write transaction with its trail event; the file is placed (flushed and renamed)
/// before that transaction commits, and deleted only after the last attachment referring to it is gone.
/// </summary>
public sealed class ScanService(IDbContextFactory<OneStopDbContext> factory, ScanStorage storage, CentreService centre, TimeProvider clock)
    : IDisposable
{
    public const string NotFound = "Không tìm thấy hồ sơ.";
    public const string BadItem = "Mục giấy tờ không có trong danh mục của hồ sơ.";
    public const string AlreadyAttached = "Tệp này đã được đính kèm vào mục này.";

    // Placing a file + committing its row, and checking "no one refers to it" + deleting it, must not interleave.
    private readonly SemaphoreSlim fileLock = new(1, 1);

    public void Dispose() => fileLock.Dispose();

    public ScanStorage Storage => storage;

    public static string FileTooLarge(int mb) => $"Tệp vượt quá giới hạn {mb} MB cho mỗi tệp.";
    public static string DossierTooLarge(int mb) => $"Tổng dung lượng bản quét của hồ sơ sẽ vượt giới hạn {mb} MB.";

    /// <summary>Attaches a scan of checklist item <paramref name="itemIndex"/> (null: the digitised result), streaming it from <paramref name="content"/>.</summary>
    public async Task<Result<AttachmentRow>> AttachAsync(long dossierId, int? itemIndex, Stream content, string? fileName, Officer by, CancellationToken ct = default)
    {
        if (ScanFileName.Parse(fileName) is { IsSuccess: false } badName) return Result<AttachmentRow>.Invalid(badName.Error!);
        var sw = Phase is null ? null : System.Diagnostics.Stopwatch.StartNew();
        var pre = await CheckAsync(dossierId, itemIndex, by, ct);
        if (pre is not null) return Result<AttachmentRow>.Invalid(pre);
        var settings = await centre.GetAsync(ct);
        Mark(sw, "check");
        var staged = await storage.StageAsync(content, settings.ScanFileLimitMb * 1024L * 1024, ct);
        Mark(sw, "stage");
        if (staged is null) return Result<AttachmentRow>.Invalid(FileTooLarge(settings.ScanFileLimitMb));
        return await CommitStagedAsync(dossierId, itemIndex, staged, ScanFileName.Parse(fileName).Value!, by, keepOnRefusal: false, ct);
    }

    /// <summary>
    /// Combines photos or scans (JPEG, PNG) of one paper, in the order given, into one A4 PDF and attaches it.
    /// </summary>
    public async Task<Result<AttachmentRow>> AttachCombinedAsync(long dossierId, int itemIndex, IReadOnlyList<(Stream Content, string FileName)> images,
        string fileName, Officer by, CancellationToken ct = default)
    {
        if (images.Count == 0) return Result<AttachmentRow>.Invalid("Chọn ít nhất một ảnh để ghép.");
        if (ScanFileName.Parse(fileName) is { IsSuccess: false } badName) return Result<AttachmentRow>.Invalid(badName.Error!);
        var pre = await CheckAsync(dossierId, itemIndex, by, ct);
        if (pre is not null) return Result<AttachmentRow>.Invalid(pre);
        var settings = await centre.GetAsync(ct);
        var limit = settings.ScanFileLimitMb * 1024L * 1024;
        var parts = new List<StagedScan>();
        try
        {
            foreach (var (stream, name) in images)
            {
                if (ScanFileName.Parse(name) is { IsSuccess: false } bad) return Result<AttachmentRow>.Invalid(bad.Error!);
                var s = await storage.StageAsync(stream, limit, ct);
                if (s is null) return Result<AttachmentRow>.Invalid(FileTooLarge(settings.ScanFileLimitMb));
                parts.Add(s);
                var info = ScanContent.Inspect(s.TempPath);
                if (!info.IsSuccess) return Result<AttachmentRow>.Invalid($"{name}: {info.Error}");
                if (info.Value!.Kind is not (ScanKind.Jpeg or ScanKind.Png))
                    return Result<AttachmentRow>.Invalid($"{name}: chỉ ghép được ảnh JPEG hoặc PNG thành một tệp PDF.");
            }
            await using var pdf = new MemoryStream();
            ScanCombiner.ImagesToA4Pdf(parts.Select(p => p.TempPath).ToList(), pdf);
            pdf.Position = 0;
            var staged = await storage.StageAsync(pdf, limit, ct);
            if (staged is null) return Result<AttachmentRow>.Invalid(FileTooLarge(settings.ScanFileLimitMb));
            return await CommitStagedAsync(dossierId, itemIndex, staged, ScanFileName.Parse(fileName).Value!, by, keepOnRefusal: false, ct);
        }
        finally
        {
            foreach (var p in parts) storage.Discard(p);
        }
    }

    /// <summary>
    /// Receives and checks a file without attaching it yet (name, per-file limit, content); a refused file leaves nothing behind.
    /// </summary>
    public async Task<Result<HeldScan>> HoldAsync(Stream content, string? fileName, CancellationToken ct = default)
    {
        if (ScanFileName.Parse(fileName) is { IsSuccess: false } badName) return Result<HeldScan>.Invalid(badName.Error!);
        var settings = await centre.GetAsync(ct);
        var staged = await storage.StageAsync(content, settings.ScanFileLimitMb * 1024L * 1024, ct);
        if (staged is null) return Result<HeldScan>.Invalid(FileTooLarge(settings.ScanFileLimitMb));
        var info = ScanContent.Inspect(staged.TempPath);
        if (!info.IsSuccess)
        {
            storage.Discard(staged);
            return Result<HeldScan>.Invalid(info.Error!);
        }
        return Result<HeldScan>.Ok(new HeldScan(ScanFileName.Parse(fileName).Value!, info.Value!.Kind, info.Value.Pages, staged.Size, staged.Hash, staged.TempPath));
    }

    /// <summary>Drops a held file (the form was reset, the images were not combined).</summary>
    public void Release(HeldScan held) => storage.Discard(held.Staged);

    /// <summary>
    /// Attaches a held file. On success it is in the store; on refusal it is still held (nothing lost: the caller may retry,
    /// or hand it to the counter's tray with <see cref="ScanTrays.ReturnToTrayAsync"/>).
    /// </summary>
    public Task<Result<AttachmentRow>> AttachHeldAsync(long dossierId, int? itemIndex, HeldScan held, Officer by, CancellationToken ct = default) =>
        CommitStagedAsync(dossierId, itemIndex, held.Staged, held.FileName, by, keepOnRefusal: true, ct);

    /// <summary>Combines held JPEG/PNG images, in the order given, into one A4 PDF attached to the item; the images are released once it is attached.</summary>
    public async Task<Result<AttachmentRow>> CombineHeldAsync(long dossierId, int itemIndex, IReadOnlyList<HeldScan> images, string fileName, Officer by,
        CancellationToken ct = default)
    {
        if (images.Count == 0) return Result<AttachmentRow>.Invalid("Chọn ít nhất một ảnh để ghép.");
        if (images.FirstOrDefault(i => !i.IsImage) is { } notImage)
            return Result<AttachmentRow>.Invalid($"{notImage.FileName}: chỉ ghép được ảnh JPEG hoặc PNG thành một tệp PDF.");
        if (ScanFileName.Parse(fileName) is { IsSuccess: false } badName) return Result<AttachmentRow>.Invalid(badName.Error!);
        if (await CheckAsync(dossierId, itemIndex, by, ct) is { } pre) return Result<AttachmentRow>.Invalid(pre);
        var settings = await centre.GetAsync(ct);
        await using var pdf = new MemoryStream();
        ScanCombiner.ImagesToA4Pdf(images.Select(i => i.TempPath).ToList(), pdf);
        pdf.Position = 0;
        var staged = await storage.StageAsync(pdf, settings.ScanFileLimitMb * 1024L * 1024, ct);
        if (staged is null) return Result<AttachmentRow>.Invalid(FileTooLarge(settings.ScanFileLimitMb));
        var r = await CommitStagedAsync(dossierId, itemIndex, staged, ScanFileName.Parse(fileName).Value!, by, keepOnRefusal: false, ct);
        if (r.IsSuccess) foreach (var i in images) Release(i);
        return r;
    }

    /// <summary>Attaches, by reference, a paper digitised in an earlier dossier of the same CCCD: no new file, the trail says where it came from.</summary>
    public async Task<Result<AttachmentRow>> ReuseAsync(long dossierId, int itemIndex, long sourceAttachmentId, Officer by, CancellationToken ct = default)
    {
        var now = VnTime.Now(clock);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var d = await db.Dossiers.FirstOrDefaultAsync(x => x.Id == dossierId, ct);
        if (d is null) return Result<AttachmentRow>.Invalid(NotFound);
        if (Refusal(d, itemIndex, by) is { } refused) return Result<AttachmentRow>.Invalid(refused);
        var source = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == sourceAttachmentId && !a.IsResult, ct);
        var from = source is null ? null : await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == source.DossierId, ct);
        if (source is null || from is null || from.Id == d.Id || d.ApplicantIdNumber is null || from.ApplicantIdNumber != d.ApplicantIdNumber)
            return Result<AttachmentRow>.Invalid("Chỉ dùng lại được giấy tờ đã số hóa trong hồ sơ trước của cùng số CCCD.");
        if (await db.Attachments.AnyAsync(a => a.DossierId == d.Id && a.ItemIndex == itemIndex && a.FileHash == source.FileHash, ct))
            return Result<AttachmentRow>.Invalid(AlreadyAttached);
        var file = await db.ScanFiles.FirstAsync(f => f.Hash == source.FileHash, ct);
        var item = d.Checklist[itemIndex];
        var a = Attachment.Create(d.Id, itemIndex, item.Name, file, source.FileName, by.UserName, by.FullName, now, from.Id, from.Code);
        db.Attachments.Add(a);
        await DossierTrail.AppendAsync(db, d, now, by, DossierEventKinds.ScanReused, d.Status, d.Status, null,
            new ScanData(file.Hash, a.FileName, file.Size, file.Pages, itemIndex, item.Name, from.Code), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Result<AttachmentRow>.Ok(Row(a));
    }

    /// <summary>Takes a scan out of the dossier; the file goes when no dossier refers to it any more.</summary>
    public async Task<Result> RemoveAsync(long attachmentId, Officer by, CancellationToken ct = default)
    {
        var now = VnTime.Now(clock);
        await fileLock.WaitAsync(ct);
        try
        {
            string hash;
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var a = await db.Attachments.FirstOrDefaultAsync(x => x.Id == attachmentId, ct);
                if (a is null) return Result.Invalid("Không tìm thấy tệp đính kèm.");
                var d = await db.Dossiers.FirstAsync(x => x.Id == a.DossierId, ct);
                var action = a.IsResult ? DossierAction.AttachResult : DossierAction.AttachScan;
                if (DossierPermissions.Check(action, d, by) is { Allowed: false } no) return Result.Invalid(no.Reason!);
                db.Attachments.Remove(a);
                await DossierTrail.AppendAsync(db, d, now, by, a.IsResult ? DossierEventKinds.ResultScanRemoved : DossierEventKinds.ScanRemoved,
                    d.Status, d.Status, null, new ScanData(a.FileHash, a.FileName, a.Size, a.Pages, a.ItemIndex, a.ItemName, a.ReusedFromCode), ct);
                await db.SaveChangesAsync(ct);
                hash = a.FileHash;
                if (!await db.Attachments.AnyAsync(x => x.FileHash == hash, ct))
                    await db.ScanFiles.Where(f => f.Hash == hash).ExecuteDeleteAsync(ct);
                await tx.CommitAsync(ct);
            }
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                if (!await db.ScanFiles.AnyAsync(f => f.Hash == hash, ct)) storage.Delete(hash);
            }
            return Result.Ok();
        }
        finally
        {
            fileLock.Release();
        }
    }

    /// <summary>Moves a scan to another checklist item (it was attached to the wrong paper).</summary>
    public async Task<Result> ReassignAsync(long attachmentId, int toIndex, Officer by, CancellationToken ct = default)
    {
        var now = VnTime.Now(clock);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var a = await db.Attachments.FirstOrDefaultAsync(x => x.Id == attachmentId, ct);
        if (a is null || a.IsResult) return Result.Invalid("Không tìm thấy bản quét giấy tờ.");
        var d = await db.Dossiers.FirstAsync(x => x.Id == a.DossierId, ct);
        if (Refusal(d, toIndex, by) is { } refused) return Result.Invalid(refused);
        if (a.ItemIndex == toIndex) return Result.Invalid("Bản quét đã thuộc mục này.");
        var data = new ScanReassignedData(a.FileHash, a.FileName, a.ItemIndex!.Value, a.ItemName, toIndex, d.Checklist[toIndex].Name);
        a.MoveTo(toIndex, d.Checklist[toIndex].Name);
        await DossierTrail.AppendAsync(db, d, now, by, DossierEventKinds.ScanReassigned, d.Status, d.Status, null, data, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Result.Ok();
    }

    /// <summary>The dossier's scans per checklist item, its digitised result and the status line.</summary>
    public async Task<Digitisation?> GetAsync(long dossierId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == dossierId, ct);
        if (d is null) return null;
        var rows = await db.Attachments.AsNoTracking().Where(a => a.DossierId == dossierId).OrderBy(a => a.Id).ToListAsync(ct);
        var items = d.Checklist.Select((c, i) => new DigitisedItem(i, c.Name, c.Provided, c.Optional,
            rows.Where(a => a.ItemIndex == i).Select(Row).ToList())).ToList();
        return new Digitisation(items, rows.Where(a => a.IsResult).Select(Row).ToList(), rows.Sum(a => a.Size));
    }

    /// <summary>Papers digitised in the citizen's other dossiers (same CCCD), newest first, one per stored file and paper name.</summary>
    public async Task<IReadOnlyList<ReusablePaper>> ReusableAsync(long dossierId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var id = await db.Dossiers.AsNoTracking().Where(x => x.Id == dossierId).Select(x => x.ApplicantIdNumber).FirstOrDefaultAsync(ct);
        if (id is null) return [];
        var rows = await (from a in db.Attachments.AsNoTracking()
                          join d in db.Dossiers.AsNoTracking() on a.DossierId equals d.Id
                          where d.ApplicantIdNumber == id && d.Id != dossierId && !a.IsResult && a.ReusedFromDossierId == null
                          orderby a.Id descending
                          select new ReusablePaper(a.Id, a.ItemName, a.FileName, a.Pages, a.AttachedAt, d.Id, d.Code)).Take(200).ToListAsync(ct);
        return rows.DistinctBy(r => (r.ItemName, r.FileName, r.DossierCode)).ToList();
    }

    /// <summary>The stored file of an attachment, for the preview endpoint (which checks the reader's right first).</summary>
    public async Task<ScanDownload?> OpenAsync(long dossierId, long attachmentId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var a = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId && x.DossierId == dossierId, ct);
        if (a is null || !storage.Exists(a.FileHash)) return null;
        return new ScanDownload(a.DossierId, storage.PathOf(a.FileHash), a.ContentType, a.FileName);
    }

    /// <summary>Removes files no attachment refers to (left by a crash between file and row) and abandoned uploads.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        await fileLock.WaitAsync(ct);
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var referenced = (await db.ScanFiles.AsNoTracking().Select(f => f.Hash).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            return storage.Sweep(referenced);
        }
        finally
        {
            fileLock.Release();
        }
    }

    private async Task<string?> CheckAsync(long dossierId, int? itemIndex, Officer by, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == dossierId, ct);
        return d is null ? NotFound : Refusal(d, itemIndex, by);
    }

    private static string? Refusal(Dossier d, int? itemIndex, Officer by)
    {
        if (itemIndex is { } i && (i < 0 || i >= d.Checklist.Count)) return BadItem;
        var action = itemIndex is null ? DossierAction.AttachResult : DossierAction.AttachScan;
        return DossierPermissions.Check(action, d, by) is { Allowed: false } no ? no.Reason : null;
    }

    /// <summary>Inspects a staged file, then places it and commits its row and trail event; refused content leaves nothing behind.</summary>
    private async Task<Result<AttachmentRow>> CommitStagedAsync(long dossierId, int? itemIndex, StagedScan staged, string fileName, Officer by,
        bool keepOnRefusal, CancellationToken ct)
    {
        var placed = false;
        var sw = Phase is null ? null : System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var info = ScanContent.Inspect(staged.TempPath);
            Mark(sw, "inspect");
            if (!info.IsSuccess) return Result<AttachmentRow>.Invalid(info.Error!);
            var settings = await centre.GetAsync(ct);
            var now = VnTime.Now(clock);
            await fileLock.WaitAsync(ct);
            try
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                Mark(sw, "begin");
                var d = await db.Dossiers.FirstOrDefaultAsync(x => x.Id == dossierId, ct);
                Mark(sw, "load-dossier");
                if (d is null) return Result<AttachmentRow>.Invalid(NotFound);
                if (Refusal(d, itemIndex, by) is { } refused) return Result<AttachmentRow>.Invalid(refused);
                if (await db.Attachments.AnyAsync(a => a.DossierId == d.Id && a.ItemIndex == itemIndex && a.FileHash == staged.Hash, ct))
                    return Result<AttachmentRow>.Invalid(AlreadyAttached);
                var total = await db.Attachments.Where(a => a.DossierId == d.Id).SumAsync(a => a.Size, ct);
                Mark(sw, "checks");
                if (total + staged.Size > settings.ScanDossierLimitMb * 1024L * 1024)
                    return Result<AttachmentRow>.Invalid(DossierTooLarge(settings.ScanDossierLimitMb));
                var file = await db.ScanFiles.FirstOrDefaultAsync(f => f.Hash == staged.Hash, ct);
                if (file is null)
                {
                    file = ScanFile.Create(staged.Hash, staged.Size, info.Value!, now);
                    db.ScanFiles.Add(file);
                }
                var itemName = itemIndex is { } i ? d.Checklist[i].Name : "Kết quả giải quyết";
                var a = Attachment.Create(d.Id, itemIndex, itemName, file, fileName, by.UserName, by.FullName, now);
                db.Attachments.Add(a);
                await DossierTrail.AppendAsync(db, d, now, by, itemIndex is null ? DossierEventKinds.ResultDigitised : DossierEventKinds.ScanAttached,
                    d.Status, d.Status, null, new ScanData(file.Hash, fileName, file.Size, file.Pages, itemIndex, itemName), ct);
                Mark(sw, "file-row+trail");
                // The file is on disk under its hash before the row that points to it exists.
                storage.Place(staged);
                placed = true;
                Mark(sw, "place");
                BeforeCommit?.Invoke();
                await db.SaveChangesAsync(ct);
                Mark(sw, "save");
                await tx.CommitAsync(ct);
                Mark(sw, "commit");
                return Result<AttachmentRow>.Ok(Row(a));
            }
            finally
            {
                fileLock.Release();
            }
        }
        finally
        {
            if (!placed && !keepOnRefusal) storage.Discard(staged);
        }
    }

    /// <summary>Profiling hook (bench, tests): told how long each phase of an attach took; null costs nothing.</summary>
    internal Action<string, TimeSpan>? Phase { get; set; }

    private void Mark(System.Diagnostics.Stopwatch? sw, string phase)
    {
        if (sw is null) return;
        Phase?.Invoke(phase, sw.Elapsed);
        sw.Restart();
    }

    /// <summary>Test hook: runs after the file is placed and before the row is committed (to simulate a crash in between).</summary>
    internal Action? BeforeCommit { get; set; }

    private static AttachmentRow Row(Attachment a) => new(a.Id, a.ItemIndex, a.ItemName, a.FileName, a.ContentType, a.Size, a.Pages,
        a.FileHash, a.AttachedByName, a.AttachedAt, a.ReusedFromCode);
}
